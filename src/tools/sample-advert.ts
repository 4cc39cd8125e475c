/**
 * The advert the decoder offers to a reader who has none to hand. It is titled DevOps Engineer but asks mostly for
 * infrastructure work, the mismatch the decoder exists to show; a test holds what it decodes as.
 */
export const sampleAdvert = `DevOps Engineer

We are a 200-person retailer moving our estate from VMware to AWS. You will join the infrastructure team of four and report to the Head of IT.

What you will do
- Build and maintain our AWS accounts, networks and Kubernetes clusters with Terraform.
- Patch and harden server images, and keep backups and restores tested.
- Keep the CI/CD pipelines the product teams use running, and help them when a build breaks.
- Take part in the on-call rota for the platform and write the postmortem after an incident.
- Watch cloud costs and rightsize what is over-provisioned.

What we ask
- Three years running Linux servers in production.
- Terraform, Ansible and one scripting language, Python or Bash.
- Monitoring with Prometheus and Grafana.
- AWS Certified SysOps Administrator, or willingness to gain it.`;
