/**
 * Realistic job adverts for the job-description decoder, each with the role its duties describe.
 *
 * The adverts are written independently of any phrase list in the role pages: the expected role
 * follows from what each role page says the role owns and does, not from the advert's title.
 * Some carry a title that usually means a different role from the one their duties describe; the title catalogue
 * (content/titles/) says which role each title usually means.
 * Companies are invented.
 */
export interface JobAdvert {
  name: string;
  /** The id of the catalogue title the advert's first line carries (content/titles/). */
  title: string;
  expected: 'devops' | 'devsecops' | 'infraops' | 'it-operations' | 'agile-infraops' | 'sre' | 'platform-engineering';
  text: string;
}

export const jobAdverts: JobAdvert[] = [
  // DevOps: the delivery path of one product, owned together with its developers.
  {
    name: 'DevOps Engineer in a payroll SaaS squad',
    title: 'devops-engineer',
    expected: 'devops',
    text: `DevOps Engineer
Tallyburn builds payroll and pension software for 9,000 UK small businesses. We are 140 people, Series B funded and hybrid from Bristol.

What you'll do
- Join the Payruns squad and own, with its six developers, the journey from a merged pull request to customers.
- Rework our GitHub Actions workflows so every merge builds an image, runs the unit and contract tests and lands in staging without anyone pressing a button.
- Replace the Thursday-night release with blue-green deploys to EKS and a rollback that takes one click.
- Make database migrations part of the deploy instead of something run by hand from a laptop.
- Describe staging and production in Terraform so a preview environment can be created for every branch and thrown away afterwards.
- Instrument the services with OpenTelemetry alongside the developers, so whoever wrote a change can watch it behave during a real payroll run.
- Take your turn on the squad's pager. Developers carry it too, and we write up every incident together.
- Report monthly on how often we deploy, how long a change takes to reach production and how many releases we have to roll back.

What you'll bring
- Hands-on experience with GitHub Actions, GitLab CI or Jenkins, and with Docker.
- Terraform on AWS.
- Enough Python or Go to read application code and write tooling.
- A habit of teaching developers to fix the pipeline themselves rather than fixing it for them.`,
  },
  {
    name: 'Build and Release Engineer at an independent games studio',
    title: 'release-engineer',
    expected: 'devops',
    text: `Build and Release Engineer
Marram Games is an independent studio of 90 people in Dundee, shipping a co-op survival game on PC, PlayStation and Xbox with monthly content updates.

What you'll do
• Look after our Jenkins build farm: controllers, Windows build agents and the pipelines that compile and cook Unreal Engine builds for three platforms.
• Get the per-change build from 70 minutes down to something a programmer will actually wait for, using shared derived-data caches and distributed compilation.
• Run automated smoke tests on every build and tell the person whose change broke it within minutes, not at the next morning's stand-up.
• Manage the Perforce stream layout for release branches, patches and hotfixes.
• Automate packaging and upload of builds for console certification, replacing a 40-step checklist that lives in a spreadsheet.
• Ship dedicated server builds to our Kubernetes fleet with Helm, and make a bad patch easy to back out.
• Sit with the gameplay and online programmers, and join them on the launch-week rota whenever a content update goes live.

What you'll bring
• Several years writing Jenkins pipelines in Groovy, or similar CI work, for a large C++ codebase.
• Perforce Helix Core, or deep Git experience and a willingness to learn it.
• Python and PowerShell scripting.
• Some Docker and Kubernetes.
• Console development experience is a bonus, not a must.`,
  },
  {
    name: 'Cloud DevOps Engineer in a grocery retailer checkout team',
    title: 'devops-engineer',
    expected: 'devops',
    text: `Cloud DevOps Engineer
Greengage Grocers runs 310 food shops across the Midlands and the North, and our online shop and click-and-collect service now take a fifth of all sales.

What you'll do
- Work inside the Checkout and Basket product team: five developers, a tester, a designer and you.
- Move us from a monthly release that needs a change board signature to several small releases a day, using Azure Pipelines, feature flags and canary rollouts on AKS.
- Define the team's Azure resources in Bicep or Terraform and retire the portal click-ops that created them.
- Add automated tests to the release path so that peer review plus a green build is approval enough.
- Set up Application Insights dashboards and alerts with the developers, who support their own code in production.
- Help run a blameless review after every customer-affecting incident and turn the findings into backlog items.
- Work alongside our platform team, who run the shared clusters, and feed back what the checkout team needs from them.

What you'll bring
- Experience building CI/CD in Azure DevOps or GitHub Actions for .NET services.
- Containers and Kubernetes in production.
- Bicep or Terraform.
- PowerShell or Bash.
- The confidence to challenge a manual sign-off step and suggest what should replace it.`,
  },
  {
    name: 'Platform Engineer title, first delivery hire in a one-team healthtech start-up',
    title: 'platform-engineer',
    expected: 'devops',
    text: `Platform Engineer
Clinquill is a 25-person start-up in Manchester making appointment-booking software for physiotherapy and dental clinics. We have one product team, one Django monolith and a growing list of customers.

What you'll do
- Be the first engineer whose main job is getting code to production, in the same stand-ups and planning sessions as our eight developers.
- Containerise the monolith and its Celery workers and move them from a hand-configured VM to Cloud Run on Google Cloud.
- Build our GitLab CI pipeline from scratch: lint, tests, image build, deploy to staging, promote to production.
- Describe the whole Google Cloud project in Terraform, including Cloud SQL and networking.
- Get rid of the release checklist in Notion that currently costs a senior developer half a day.
- Set up structured logging, error tracking in Sentry and a handful of useful alerts, and show every developer how to read them.
- Share the out-of-hours phone with the developers; whoever ships a change keeps an eye on it afterwards.

What you'll bring
- You have built a deployment pipeline end to end, not only maintained one.
- Docker, Terraform and one public cloud, ideally Google Cloud.
- Python, or the willingness to pick it up quickly.
- Patience for pairing with developers who have never touched infrastructure.`,
  },

  // IT Operations: business IT services run for users through incident, request and change processes.
  {
    name: 'IT Operations Engineer at a housing association',
    title: 'it-operations-engineer',
    expected: 'it-operations',
    text: `IT Operations Engineer
Ashgrove & Tarn Housing Association provides 14,000 affordable homes across Cumbria and Lancashire, supported by 600 staff in offices, depots and out on the road.

What you'll do
- Pick up second and third line incidents passed on by our service desk, resolve what you can and escalate the rest to the right supplier.
- Keep our Windows Server estate and 700 laptops patched each month through Intune and WSUS, and chase the stragglers.
- Manage accounts, mailboxes and access in Microsoft 365 and Entra ID for joiners, movers and leavers.
- Check the overnight Veeam jobs every morning and run a test restore each quarter.
- Respond to PRTG alerts for our housing management system, telephony and site links, following the runbook when something goes red.
- Raise change requests for maintenance and present them at the fortnightly change meeting.
- Keep the asset register and software licence records accurate.
- Work with our managed network provider and the vendor of our repairs scheduling system when a problem crosses into their patch.

What you'll bring
- At least two years in an infrastructure support role.
- Windows Server, Active Directory and Microsoft 365 administration.
- Some PowerShell.
- Familiarity with ITIL incident and change practices; the Foundation certificate is welcome.
- A calm manner with colleagues who just need their system back.
- A full driving licence, as you'll visit our depots now and then.`,
  },
  {
    name: 'DevOps Engineer title, service desk and ITIL change at a law firm',
    title: 'devops-engineer',
    expected: 'it-operations',
    text: `DevOps Engineer
Carrow Whitlock LLP is a commercial law firm with 450 lawyers and business services staff across London, Birmingham and Leeds.

What you'll do
- Own the IT support queue in Jira Service Management for a week at a time on rotation, logging, categorising and prioritising every call and email that reaches the desk.
- Fix what you can at first contact: password resets, Outlook and Teams faults, printing, VPN and MFA problems.
- Escalate anything you can't fix to infrastructure, our document management vendor or the telecoms supplier, and keep users updated until the ticket is closed.
- Write requests for change in line with our ITIL process, assess risk and back-out plans, and attend the weekly Change Advisory Board.
- Keep the CMDB current as servers, applications and licences come and go.
- Join the quarterly patch weekend and the annual disaster recovery test of our practice management system.
- Produce monthly reports on ticket volumes, SLA attainment and repeat problems.

What you'll bring
- Service desk or desktop support experience, ideally in a professional services firm.
- Working knowledge of ITIL 4; Foundation certification preferred.
- Windows 11, Microsoft 365 and Active Directory.
- Excellent written English: lawyers read every word of your updates.
- Willingness to work one evening a month for scheduled maintenance.`,
  },
  {
    name: 'Service Operations Analyst on 24/7 shifts at a retail bank',
    title: 'it-operations-engineer',
    expected: 'it-operations',
    text: `Service Operations Analyst (24/7 shifts)
Halloway Pryce is a UK retail bank with 1.8 million customers, 120 branches and a mobile app that never sleeps.

What you'll do
- Work a four-on, four-off pattern of days and nights in our Service Operations Centre in Swindon.
- Watch the Dynatrace and SolarWinds consoles for online banking, card authorisation, branch systems and the overnight batch.
- Raise and prioritise P1 and P2 incidents, page the resolver groups, open the major-incident bridge and update business stakeholders every 30 minutes.
- Follow runbooks to restart failed batch jobs, fail over message queues and clear stuck payment files.
- Hand over cleanly at the end of every shift, in writing and in person.
- Schedule maintenance windows with third-party suppliers and make sure approved changes go in on time.
- Open problem records for repeat failures and pass them to the problem manager.
- Help compile the monthly availability figures we report against our service level agreements.

What you'll bring
- Experience in a NOC, operations bridge or production support role, ideally in financial services.
- ServiceNow incident, problem and change modules.
- Basic Unix and Windows command-line skills; some SQL is a plus.
- Clear, unflustered communication when a service is down.
- You'll need to pass financial services vetting.`,
  },
  {
    name: 'Site Reliability Engineer title, ticket queue and patching at a managed service provider',
    title: 'site-reliability-engineer',
    expected: 'it-operations',
    text: `Site Reliability Engineer
Kelpforth Managed Services looks after the IT of around 60 schools, charities and small manufacturers across central Scotland, from servers and firewalls to laptops and Microsoft 365 tenants.

What you'll do
- Work tickets from our shared ConnectWise queue and meet the response and fix times in each customer's contract, for example a 15-minute response on a priority one.
- Apply monthly Microsoft updates to customer servers and workstations within their agreed maintenance windows.
- Confirm every morning that each customer's Datto and Veeam backups completed, and chase any that failed.
- Administer Microsoft 365 and Entra ID tenants: new starters, leavers, shared mailboxes, licence changes.
- Get customer approval before any planned work, and record what was done afterwards.
- Log cases with Microsoft, Sophos and internet providers and see them through to resolution.
- Take part in the out-of-hours callout rota, one week in five, paid per call.
- Visit customer sites when a problem can't be solved remotely.

What you'll bring
- Two or more years supporting Windows environments, ideally at an MSP.
- Windows Server, Hyper-V or VMware, and Microsoft 365.
- Networking basics: VLANs, DHCP, DNS, site-to-site VPNs.
- Tidy ticket notes that the next engineer can follow.
- A full UK driving licence.`,
  },

  // DevSecOps: security controls, supply chain and threat models inside the delivery flow.
  {
    name: 'DevSecOps Engineer at a payments fintech',
    title: 'devsecops-engineer',
    expected: 'devsecops',
    text: `DevSecOps Engineer
Sablewater Payments processes card and open-banking payments for 4,000 online merchants. We are FCA-authorised, PCI DSS level 1, and deploy to production around 60 times a week.

What you'll do
- Own the security stages in our shared GitLab CI templates: Gitleaks for secrets, Semgrep for static analysis, Trivy for dependencies and container images.
- Tune the rules until developers trust what the scanners tell them, and drop checks that only produce noise.
- Triage findings with the owning squad and follow criticals through to a fix within our agreed timescales.
- Generate a CycloneDX SBOM for every release and sign images with cosign, so we can show customers exactly what went into each build.
- Write Kyverno policies that stop unsigned or root-running containers reaching our clusters.
- Scan Terraform with Checkov before it is applied, and work with the platform team to bake the checks into their modules.
- Keep our mapping to the NIST SSDF current for auditors and enterprise customers.

What you'll bring
- A software engineering background: you can read Go, Java or TypeScript and propose the fix, not only the finding.
- Experience running SAST, SCA and container scanning inside CI pipelines.
- Kubernetes, and policy as code with Kyverno or Open Policy Agent.
- Understanding of supply-chain security: SBOMs, provenance, artefact signing.
- PCI DSS experience is helpful.`,
  },
  {
    name: 'Security Engineer title, threat modelling and pipeline checks with product teams at an online fashion retailer',
    title: 'security-engineer',
    expected: 'devsecops',
    text: `Security Engineer
Fernhollow is an online fashion retailer shipping to 30 countries, with 14 product teams building our web shop, apps and warehouse software.

What you'll do
- Sit in design sessions for new features and lead short threat-modelling workshops with the engineers building them, using STRIDE and a whiteboard rather than a 40-page template.
- Add CodeQL and Snyk to the teams' GitHub workflows and help them decide which findings block a merge and which become tickets.
- Run OWASP ZAP against preview environments so common web flaws are caught before code is merged.
- Pair with developers to fix vulnerabilities in their own code, so the next fix doesn't need you.
- Write Open Policy Agent rules that check Terraform plans for public buckets and over-broad IAM roles.
- Build and run our security champions community, with one volunteer from each team.
- Track how long teams take to close critical and high findings, and report the trend.

What you'll bring
- Experience as a developer, or in application security working closely with developers.
- Practical knowledge of the OWASP Top 10 and how to prevent each issue in code.
- Static analysis and dependency scanning tools in CI.
- Some Terraform on AWS.
- A coaching style: you want teams to own their security.

This role doesn't involve firewall management or running the SOC; our IT security team covers those.`,
  },
  {
    name: 'Product Security Engineer at a shift-scheduling SaaS company',
    title: 'application-security-engineer',
    expected: 'devsecops',
    text: `Product Security Engineer
Rotaflow makes shift-scheduling software used by 2,500 care homes, hospitals and hotels. We are a 220-person SaaS company, and more enterprise customers now send us security questionnaires than we can comfortably answer.

What you'll do
• Move our GitHub Actions builds to SLSA build level 2, with signed provenance attached to every artefact we ship.
• Produce SBOMs with Syft for each release, so customer requests for them stop causing a scramble.
• Take over secrets management: move credentials out of CI variables into HashiCorp Vault and set up rotation.
• Maintain hardened base images for our services, and keep Renovate pull requests for dependencies flowing rather than piling up.
• Review designs for new features, especially anything touching personal data or authentication, and leave each team with a written threat model.
• Triage reports from our vulnerability disclosure programme and coordinate fixes with the teams who own the code.
• Run a yearly OWASP SAMM self-assessment and turn it into a plan engineering leadership can fund.

What you'll bring
• A strong background in application security or software engineering.
• Hands-on experience securing CI/CD pipelines and artefact repositories.
• Familiarity with Sigstore, SLSA and SBOM formats such as SPDX or CycloneDX.
• Vault or a cloud secrets manager.
• The judgement to tell which risks matter for a company of our size.`,
  },

  // InfraOps: the compute, storage and network estate, its automation, cost and lifecycle.
  {
    name: 'Infrastructure Engineer at a hybrid-hosted logistics firm',
    title: 'infrastructure-engineer',
    expected: 'infraops',
    text: `Infrastructure Engineer
Corrabay Freight moves chilled and ambient goods for supermarkets from six distribution centres. Our warehouse and transport systems run partly in our own data centre near Daventry and partly in Azure.

What you'll do
- Lead the move of around 300 virtual machines from our ageing vSphere cluster to Azure, deciding case by case whether to lift and shift, re-platform onto containers or switch off.
- Write and review Terraform modules for our Azure landing zone, hub-and-spoke networking, firewalls and private DNS.
- Maintain Ansible roles for the Linux and Windows Server baseline, and build monthly patched images with Packer.
- Rightsize VMs, manage reservations and savings plans, and show finance where the Azure bill goes.
- Automate backups with Azure Backup and Veeam, and rehearse a full restore of the warehouse management system twice a year.
- Decommission servers and licences once workloads have moved, keeping a clear record of what was retired.
- Keep the SAN and core switches in the remaining data centre healthy until we leave it.

What you'll bring
- Solid Terraform and Ansible experience, with code in Git and changes reviewed through pull requests.
- VMware vSphere and Azure IaaS networking.
- Linux and Windows Server administration.
- At least one data centre to cloud migration behind you.
- An eye for cost and a dislike of servers nobody can explain.`,
  },
  {
    name: 'Site Reliability Engineer title, VMware patching and storage capacity at an insurer',
    title: 'site-reliability-engineer',
    expected: 'infraops',
    text: `Site Reliability Engineer
Quillstone Mutual insures homes and small businesses across the UK. Our core policy and claims systems run in two data centres of our own, in Leeds and Reading.

What you'll do
- Plan and carry out quarterly patching of around 80 ESXi hosts and their vCenter servers, including firmware and BIOS updates across our Dell PowerEdge fleet.
- Forecast storage growth on our NetApp and Pure arrays, order capacity ahead of need and move volumes between tiers.
- Manage SAN zoning and the Fibre Channel switches together with our network colleagues.
- Migrate workloads between clusters as old hardware reaches end of support, then decommission it.
- Automate host builds and configuration with PowerCLI and Ansible, so a replacement host is ready within the hour.
- Run and document the twice-yearly failover of the claims platform between data centres.
- Test restores from Commvault regularly and fix whatever doesn't come back.

What you'll bring
- Deep VMware vSphere experience; VCP certification is a plus.
- Enterprise storage: NetApp ONTAP, Pure Storage or similar.
- Server hardware, iDRAC and firmware management.
- PowerShell or PowerCLI, and some Ansible.
- Willingness to work occasional weekends for planned maintenance.`,
  },
  {
    name: 'Cloud Engineer running a broadcaster AWS estate',
    title: 'cloud-engineer',
    expected: 'infraops',
    text: `Cloud Engineer
Harbourlight Media runs four national radio stations, a podcast network and a streaming app, with everything from playout to ad insertion now on AWS.

What you'll do
- Look after our AWS organisation of 45 accounts: Control Tower guardrails, account vending, IAM Identity Center and centralised logging.
- Own the shared network: transit gateway, VPC design, Direct Connect to our studios and Route 53.
- Upgrade our EKS clusters and their add-ons each quarter, and keep node images current.
- Cut costs without hurting what goes on air: resizing over-provisioned instances, moving to Graviton, Savings Plans, S3 lifecycle rules and switching test environments off at night.
- Write and maintain Terraform for all of the above, with changes reviewed and applied through a pipeline.
- Keep disaster recovery for playout working and proven, including a cross-region restore drill each year.
- Move the last on-premise encoders into the cloud, or retire them.

What you'll bring
- Three or more years running production AWS estates.
- Terraform, including writing reusable modules.
- AWS networking and multi-account governance.
- Kubernetes administration, ideally EKS.
- Linux, Bash and some Python.
- Broadcast experience is not needed.`,
  },
  {
    name: 'Infrastructure Automation Engineer bringing a university server estate under code',
    title: 'infrastructure-engineer',
    expected: 'infraops',
    text: `Infrastructure Automation Engineer
Brackenvale University has 22,000 students and a central IT department of 180 people. Much of our server estate was built by hand over fifteen years, and it shows.

What you'll do
- Bring our 450 Red Hat and Windows servers under configuration management with Ansible, starting with the ones that keep drifting.
- Write Terraform for new virtual machines on vSphere and for our growing Azure tenancy, so nothing new is built by hand.
- Build standard images for RHEL 9 and Windows Server 2022, with a monthly refresh.
- Set up testing for our automation in GitLab CI so changes are checked before they touch a server.
- Consolidate three overlapping monitoring tools into a single Prometheus and Grafana stack.
- Retire the remaining Solaris servers and the licences that go with them.
- Plan compute and storage capacity for research computing and the virtual learning environment ahead of each academic year.

What you'll bring
- Ansible and Terraform used on an estate of several hundred servers.
- Red Hat Enterprise Linux and Windows Server administration.
- VMware vSphere.
- Git, merge requests and CI pipelines.
- Patience with legacy systems and respect for the people who built them.`,
  },

  // Agile InfraOps: infrastructure work planned through a ranked backlog, sprints or kanban, small changes.
  {
    name: 'Agile Infrastructure Engineer in a council infrastructure squad',
    title: 'infrastructure-engineer',
    expected: 'agile-infraops',
    text: `Agile Infrastructure Engineer
Hexley Borough Council serves 260,000 residents. Our digital team builds online services for housing, waste and council tax, and an infrastructure squad of seven keeps them running on Azure and in a small on-premise data centre.

What you'll do
- Work in two-week sprints with the rest of the squad: planning, daily stand-up, review and retrospective.
- Help our product owner refine and rank the backlog with the service teams who depend on us, so everyone can see what is coming next and why.
- Deliver changes as small pull requests to Terraform and Ansible, reviewed by a colleague and tested with Terratest or Molecule before they merge.
- Only call a story done when it has dashboards, alerts, a runbook and a rollback that has actually been tried.
- Take your turn as the sprint's "shield", picking up incidents and urgent requests from the capacity we hold back for them.
- Demonstrate finished work at the fortnightly show-and-tell with the digital teams.
- Help replace our monthly change board with peer-reviewed, low-risk standard changes.

What you'll bring
- Terraform and Ansible on Azure or a similar cloud.
- Git, code review and short-lived branches.
- Experience of working in a Scrum or Kanban team, ideally on infrastructure.
- Azure Boards, Jira or similar.
- Prometheus and Grafana, or Azure Monitor.
- A public service mindset.`,
  },
  {
    name: 'Systems Administrator title, kanban board and small Git-reviewed changes at a garden centre chain',
    title: 'systems-administrator',
    expected: 'agile-infraops',
    text: `Systems Administrator
Kestrelmoor Home & Garden has 180 garden centres and a busy website. The team that runs our store servers, network and cloud hosting recently swapped its ticket queue for a single Kanban board, and we're hiring to grow it.

What you'll do
- Pull work from the board in priority order, within the work-in-progress limits we agree as a team.
- Bring incidents and unplanned requests onto the same board as planned work, so the trade-offs are visible to everyone.
- Change store Linux servers, switches and firewalls through Ansible playbooks in Git, reviewed by a teammate and shipped in small pieces several times a week rather than saved up for a monthly window.
- Keep the small Kubernetes cluster in each store in line with Git through Flux.
- Join the weekly replenishment meeting where our product owner and the e-commerce and store operations leads decide what comes next.
- Count and label repetitive manual work on the board so we can make the case for automating it.
- Contribute to post-incident reviews and our monthly retrospective.

What you'll bring
- Linux administration and networking basics.
- Ansible, or another configuration management tool, kept in Git.
- Experience of working from a Kanban or Scrum board, or a real wish to.
- Some Kubernetes exposure is useful.
- Comfort explaining trade-offs to non-technical colleagues.`,
  },
  {
    name: 'Infrastructure Product Owner at a building society',
    title: 'infrastructure-product-owner',
    expected: 'agile-infraops',
    text: `Infrastructure Product Owner
Dunmere Building Society has served savers and homebuyers in the South West since 1871. Our infrastructure team of 14, plus engineers from our managed service partner, is moving from a project-and-ticket model to one ranked backlog.

What you'll do
- Own the infrastructure backlog: gather needs from the mortgage, savings and digital channel teams, write clear items with acceptance criteria and order them in the open.
- Run quarterly planning and fortnightly refinement with the teams we serve.
- Make room for interrupt work in every iteration, and report how much unplanned work and toil we actually absorbed.
- Bring our partner's engineers onto the same board, stand-ups and reviews, rather than routing their work through a separate request form.
- Work with risk and the change manager to move routine infrastructure changes from the monthly CAB to peer review backed by automated checks.
- Host the sprint review, where engineers show finished changes to the people who asked for them.
- Track cycle time and throughput, and use them to have honest conversations about capacity.

What you'll bring
- Product owner or delivery lead experience, ideally with an infrastructure or operations team.
- Enough technical grounding to discuss Terraform, networks and cloud hosting with engineers.
- Jira or Azure Boards.
- Certified Scrum Product Owner or similar is welcome.
- Experience in a regulated firm.`,
  },

  // SRE: reliability objectives, error budgets, on-call and a cap on operational work.
  {
    name: 'Site Reliability Engineer at a rail and ferry booking scale-up',
    title: 'site-reliability-engineer',
    expected: 'sre',
    text: `Site Reliability Engineer
Farecastle Travel sells rail, ferry and coach tickets across Europe, handling 30,000 bookings an hour at peak. We are a 300-person scale-up in Edinburgh and Lisbon.

What you'll do
- Agree service level indicators and objectives for search, booking and payment with the product managers and engineers who own those services.
- Maintain our error budget policy and see that it's followed: when a service overspends, feature releases pause until reliability work catches up.
- Join a follow-the-sun on-call rotation in PagerDuty, about one week in six, and lead incidents while you're on.
- Facilitate blameless postmortems and chase their actions to completion.
- Replace alerts on CPU and disk with alerts on what travellers feel: slow searches and failed bookings.
- Load test with k6 ahead of the summer timetable change and plan capacity from the results.
- Review new services before launch: dashboards, runbooks, graceful degradation, dependency timeouts.
- Automate the manual steps in our runbooks. Operational work stays below half of each engineer's time, and the excess goes back to the owning team.

What you'll bring
- Experience running distributed systems on Kubernetes in production.
- Prometheus, Grafana and OpenTelemetry tracing.
- Go or Python for tooling.
- Strong Linux and networking debugging.
- A calm head on an incident call.`,
  },
  {
    name: 'DevOps Engineer title, SLOs, error budget policy and toil cap at a digital bank',
    title: 'devops-engineer',
    expected: 'sre',
    text: `DevOps Engineer
Tillbright is a digital bank for freelancers and sole traders, with 400,000 customers and a card that has to work at 3am on a Sunday.

What you'll do
- Work with product owners to define what "working" means for card payments, transfers and login: which indicators we measure, and the availability and latency SLOs we hold ourselves to.
- Build burn-rate alerting on those targets in Prometheus and Grafana, plus a weekly view of how much error budget each service has left.
- Apply the budget policy our CTO has signed: a service that has run out freezes releases; one with room ships freely.
- Share a 24/7 on-call rota with five colleagues.
- Run postmortems without blame and follow every action through.
- Measure toil each month and keep it under 50% of the team's time; work that pushes us over goes back to the service's developers.
- Plan and run game days that break things on purpose in staging.

What you'll bring
- Production experience with Kubernetes on AWS or Google Cloud.
- Prometheus, Alertmanager and Grafana; SLO tooling such as Sloth or Pyrra is a bonus.
- Go or Python.
- Linux internals and network troubleshooting.
- Incident tooling such as Opsgenie.`,
  },
  {
    name: 'Production Engineer at an online makers marketplace',
    title: 'production-engineer',
    expected: 'sre',
    text: `Production Engineer
Stallbridge Market is an online marketplace for 40,000 independent makers, from potters to cheesemongers. Our 90 engineers deploy several hundred times a week, and the run from Black Friday to Christmas is when it all counts.

What you'll do
- Be the reliability partner for the checkout and seller payouts teams: join their design reviews and ask how each change will fail.
- Track latency and success-rate indicators for the journeys buyers and sellers care about, and the objectives set against them.
- Hunt down slow requests across services using distributed traces, flame graphs and a good deal of curiosity.
- Trim the pager: delete alerts nobody acts on and rewrite the rest around what users see.
- Write Go tooling that removes recurring manual fixes, such as re-queuing stuck payouts.
- Forecast capacity for peak season and run Locust load tests against a production-like environment.
- Take part in on-call and in the incident reviews that follow, where we look for causes, not culprits.
- Tell us when the operational load is too high, and help decide what to hand back.

What you'll bring
- Several years operating high-traffic web services.
- Strong debugging across Linux, networking and databases (we use PostgreSQL and Redis).
- OpenTelemetry, Prometheus or similar observability tooling.
- Go, Python or Ruby.
- Kubernetes and Terraform experience.`,
  },

  // Platform Engineering: an internal platform run as a product for many developer teams.
  {
    name: 'Platform Engineer on an internal developer platform at an analytics SaaS company',
    title: 'platform-engineer',
    expected: 'platform-engineering',
    text: `Platform Engineer
Brindle Metrics makes analytics software for subscription businesses. We have grown to 28 product teams in three years, and each had started building its own pipelines, clusters and dashboards.

What you'll do
- Build and run Compass, our internal developer platform, as a product with real users: the 250 engineers in our product teams.
- Extend our Backstage portal and its software templates, so a new service starts with a repository, pipeline, dashboards and alerts already wired up.
- Offer databases, queues and secrets on demand through Crossplane compositions instead of tickets.
- Maintain the golden path for deploying to our shared Kubernetes clusters with Argo CD.
- Interview developers, read the friction log and shape the quarterly roadmap with our platform product manager.
- Write the documentation and onboarding guides that let a new team ship without asking us anything.
- Track adoption, onboarding time and support requests for each capability, and retire features with plenty of notice.
- Agree reliability targets for the platform itself with our SRE colleagues.

What you'll bring
- Strong Kubernetes and Terraform experience.
- Backstage, Crossplane or similar developer tooling.
- GitHub Actions, and Argo CD or Flux.
- Go or TypeScript.
- A genuine interest in developer experience and in talking to your users.`,
  },
  {
    name: 'Cloud Engineer title, paved-road platform for delivery squads at a commercial bank',
    title: 'cloud-engineer',
    expected: 'platform-engineering',
    text: `Cloud Engineer
Calder & Ness is a commercial bank serving mid-sized businesses. Forty delivery squads are moving their services to AWS, and today each needs a dozen tickets and six weeks to get a new service running.

What you'll do
- Help build the internal platform that turns those six weeks into an afternoon: a paved road from service template to production with no tickets on the way.
- Create and maintain starter kits for our Java and Node.js services, each with a pipeline, logging, tracing and security scanning already switched on.
- Expose environments, Aurora databases and message queues through a self-service portal and API.
- Build in the controls our security and risk teams require, so squads are compliant by default rather than by review.
- Treat the squads as customers: run office hours, user interviews and a quarterly satisfaction survey, and keep a public roadmap.
- Measure how many services use the paved road, how long onboarding takes and where teams drop off it.
- Run the platform's shared EKS clusters and CI runners to published reliability targets.

What you'll bring
- AWS, Terraform and Kubernetes in production.
- Experience building tooling that other engineers use, and the empathy that takes.
- CI/CD with GitHub Actions or Jenkins.
- A Java or Node.js background is helpful.
- Some exposure to financial services regulation is a plus.`,
  },
  {
    name: 'Developer Experience Engineer at an energy supplier',
    title: 'developer-experience-engineer',
    expected: 'platform-engineering',
    text: `Developer Experience Engineer
Voltmere Energy supplies gas and electricity to 1.2 million homes. Our 150 software engineers build the apps, billing and smart-meter services, and they tell us the hardest part of the job is everything around the code.

What you'll do
- Own the fleet of self-hosted GitHub Actions runners and cut queue and build times with caching and better-sized machines.
- Maintain our command-line tool that creates new services, environments and feature branches with one command.
- Provide ready-made dev containers so a new joiner can run the billing service locally on day one.
- Run the shared Grafana, Loki and Tempo stack that every team sends its telemetry to.
- Survey engineers twice a year, sit in on team retrospectives and turn the biggest frustrations into our roadmap.
- Measure time to first deployment for new starters and the share of services on current templates.
- Write clear docs and tutorials, and deprecate old tools with a migration path rather than a deadline.

What you'll bring
- Software engineering experience in Go, Python or TypeScript.
- CI/CD systems, especially GitHub Actions.
- Docker and Kubernetes.
- Observability tooling such as Grafana, Prometheus or OpenTelemetry.
- You enjoy making other engineers faster and can tell which complaints matter.`,
  },
];
