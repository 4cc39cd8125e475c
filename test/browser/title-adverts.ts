import type { JobAdvert } from './job-adverts';

/** One advert per title in the title catalogue, each with the title it carries and the role its duties describe. */
export const titleAdverts: (JobAdvert & { title: string; unusual?: boolean; boilerplate?: boolean })[] = [
  {
    name: 'DevOps Engineer in the claims squad of a pet insurance company',
    title: 'devops-engineer',
    expected: 'devops',
    boilerplate: true,
    text: `DevOps Engineer
Pebblewick makes pet insurance simple: customers get a quote, buy a policy and claim for a vet's bill from one app. We are 210 people based in Cardiff, and our nine product squads release to production many times a day.

About the role
You'll join the Claims squad: five developers, a tester and a product manager who build and run the claims service end to end. Nobody will hand you tickets to deploy things; you work from the same backlog and ship code with everyone else.

What you'll do
- Write and review changes to our Kotlin claims service and the tooling around it.
- Own the squad's GitLab CI pipelines, from merge request to canary release on EKS, with automatic rollback when error rates rise.
- Keep the squad's AWS environments in Terraform, including the short-lived review environment each merge request gets.
- Automate database migrations so they run with the deploy rather than by hand afterwards.
- Add metrics, logs and traces with the developers using OpenTelemetry and Grafana, so whoever wrote a change can watch it in production.
- Share the squad's on-call rota with the developers, lead the fix when you're paged and write up what happened so the actions land in our backlog.
- Track deployment frequency, lead time and change fail rate, and discuss them at the fortnightly retrospective.

What you'll bring
- Several years building CI/CD pipelines in GitLab CI, GitHub Actions or Jenkins.
- Terraform, Docker and Kubernetes on AWS.
- Comfort reading and writing application code in Kotlin, Java, Python or Go.
- Experience carrying a pager for a service you helped build.

What we offer
A salary of £62,000 to £72,000, 27 days' annual leave plus bank holidays, a pension with an 8% employer contribution, private medical cover and hybrid working with two days a month in our Cardiff office.

Pebblewick is an equal opportunity employer. We welcome applications from everyone regardless of age, disability, ethnicity, gender identity, religion or sexual orientation, and we'll make any adjustments you need during the process.

How to apply
Send your CV and a few lines about a pipeline you're proud of through our careers page. We reply to every applicant within ten working days.`,
  },
  {
    name: 'Site Reliability Engineer title, SLA ticket queue and monthly patching at a public-sector hosting provider',
    title: 'site-reliability-engineer',
    expected: 'it-operations',
    unusual: true,
    text: `Site Reliability Engineer

What you'll do
- Work incidents and service requests from Northgale Hosting's ServiceNow queue for the councils, housing associations and NHS bodies whose servers we host, meeting each contract's response and resolution times.
- Patch customers' Windows and Red Hat servers every month through WSUS and Red Hat Satellite inside their agreed maintenance windows, and report patch compliance to each customer.
- Raise change requests, attend customers' change advisory boards and write a back-out plan for every planned job.
- Check the overnight Veeam and Commvault backup reports, rerun failed jobs and carry out restore requests.
- Watch the estate in LogicMonitor, follow the runbook when an alert fires and log hardware faults with Dell and HPE.
- Manage Active Directory accounts, group memberships and service account passwords on customers' behalf.
- Keep the CMDB accurate as servers are built and retired.
- Join the out-of-hours on-call rota, one week in six, with a standby allowance.
- Produce the monthly service report for each customer: tickets raised and closed, SLA performance and availability.

What you'll bring
- Three years or more in second-line infrastructure support, ideally at a hosting provider or managed service provider.
- Windows Server, Active Directory and VMware vSphere, with some Red Hat Enterprise Linux.
- ITIL 4 Foundation, or willingness to gain it in your first six months.
- Clear written updates for customers who are not technical.
- Eligibility for SC clearance, which some of our public-sector contracts require.`,
  },
  {
    name: 'Platform Engineer title, first infrastructure hire in a one-team music-lessons start-up',
    title: 'platform-engineer',
    expected: 'devops',
    unusual: true,
    boilerplate: true,
    text: `Platform Engineer
Brambleby is a 30-person start-up in Leeds that helps independent music teachers take bookings and payments online. We have one product team of eight developers, one Rails application and a Postgres database, and about 6,000 teachers rely on us every week.

About the role
You'll be our first hire with infrastructure experience, and you'll sit inside the product team, not beside it. Everyone here writes code, deploys it and gets woken when it breaks; we want someone who makes that easier and safer for all of us.

What you'll do
- Ship features and fixes in the Rails codebase alongside the developers, picking up the operational side of each change.
- Replace our hand-rolled deploy script with a GitHub Actions pipeline that tests, builds a container and deploys to AWS ECS on every merge to main.
- Move our AWS set-up into Terraform so that staging matches production.
- Make database migrations and rollbacks part of the pipeline.
- Add logging, metrics and alerts with Sentry and Grafana Cloud so developers can see how their own changes behave.
- Take your turn on the team's on-call rota with the developers, and lead the post-incident review when something breaks.

What you'll bring
- Experience shipping and running a web application in production, ideally Ruby on Rails or similar.
- GitHub Actions or another CI tool, Docker, and Terraform on AWS.
- A preference for teaching over gatekeeping.

Why Brambleby
We offer £58,000 to £66,000 plus share options, 28 days' holiday plus bank holidays, a 5% employer pension contribution, a £1,000 yearly learning budget and hybrid working with one team day a week in our Leeds office.

We are committed to equal opportunities and to building a team that reflects the teachers and students we serve. We would especially like to hear from people under-represented in technology. Tell us if you need adjustments at any stage.

How to apply
Apply through our careers page with your CV or GitHub profile and a short note about the last production incident you helped fix. There are two interviews, one of them a pairing session.`,
  },
  {
    name: 'Cloud Engineer title, ticket queue and patching on a partner-built AWS estate at a food manufacturer',
    title: 'cloud-engineer',
    expected: 'it-operations',
    unusual: true,
    text: `Cloud Engineer

What you'll do
- Keep the AWS estate that a consultancy built for Sedgefold Foods on Control Tower running day to day; changes to its Terraform stay with the consultancy.
- Work the cloud queue in Jira Service Management: access requests through IAM Identity Center, security group changes, storage requests and break-fix incidents, within our service levels.
- Patch EC2 instances each month with Systems Manager Patch Manager and agree reboot windows with application owners in our four factories.
- Respond to CloudWatch and Datadog alerts out of hours on a one-in-four rota, following the runbooks and escalating to the consultancy when a fix needs a code change.
- Look into AWS Cost Anomaly Detection alerts and pass them to the team that owns the spend.
- Check AWS Backup jobs daily and carry out restore requests.
- Raise change requests for planned work and present them at the weekly change meeting.
- Keep the asset register and licence records for our Windows Server and SQL Server instances up to date.
- Produce monthly reports on ticket volumes, patch compliance and availability for the IT manager.

What you'll bring
- Two years or more supporting servers, ideally with some of that on AWS.
- Windows Server and a working knowledge of Linux.
- AWS fundamentals: EC2, IAM, VPC, S3 and CloudWatch.
- ITIL Foundation, or experience working within incident and change processes.
- AWS Certified Cloud Practitioner is welcome but not essential.`,
  },
  {
    name: 'Systems Administrator title, server estate brought under code at an engineering manufacturer',
    title: 'systems-administrator',
    expected: 'infraops',
    unusual: true,
    boilerplate: true,
    text: `Systems Administrator
Whinmoor Precision machines parts for aerospace and rail customers at three sites in South Yorkshire. Our 900 staff depend on around 250 Linux and Windows servers, mostly on VMware in our own server room, with a growing footprint in Azure.

About the role
User support is covered by a partner. This job is about the servers themselves: we need someone to make the estate simpler, reproducible and cheaper to run.

What you'll do
- Bring our Red Hat and Windows Server builds into code: Packer templates for standard images and Ansible roles for configuration baselines, all in Git with peer review.
- Rebuild and patch those images every month so new servers start current.
- Upgrade our vSphere 7 clusters to vSphere 8 and plan host and storage capacity for the next three years.
- Migrate suitable workloads to Azure with Terraform, and rightsize what already runs there.
- Automate Veeam backup jobs and rehearse a full restore of our ERP system twice a year.
- Retire servers, licences and duplicate tools nobody uses any more; we suspect there are dozens.

What you'll bring
- Solid Linux administration (RHEL or Rocky Linux) and Windows Server.
- Ansible, and some Terraform or the appetite to learn it quickly.
- VMware vSphere, including upgrades.
- Git, and the habit of reviewing each other's changes.

What we offer
£48,000 to £55,000, 25 days' leave plus bank holidays rising with service, a matched pension of up to 6%, a healthcare cash plan and hybrid working with three days on site and two at home.

Whinmoor Precision is an equal opportunities employer. We welcome applicants of every background and will make reasonable adjustments to our recruitment process for anyone who needs them.

How to apply
Send your CV and a short covering letter through the careers page on our website by 30 January. Interviews include a walk round the server room and a conversation about an estate you have simplified.`,
  },
  {
    name: 'Infrastructure Engineer on a hybrid AWS landing zone and data centre estate at a pharmaceutical company',
    title: 'infrastructure-engineer',
    expected: 'infraops',
    text: `Infrastructure Engineer

What you'll do
- Write and review Terraform modules for Rookwood Pharma's AWS accounts, VPCs, Transit Gateway routes and EKS clusters, and vend new accounts through Control Tower's Account Factory.
- Maintain the landing zone's service control policies and IAM permission sets, with the security team reviewing changes.
- Build and patch standard AMIs and container base images every month with Packer and a GitLab pipeline.
- Upgrade EKS clusters and our VMware vSphere hosts on a planned cycle, so nothing drifts out of support.
- Plan compute and storage capacity for our two data centres, and rightsize EC2 and RDS using Compute Optimizer.
- Migrate validated manufacturing and clinical-trial workloads from the data centres to AWS, with the GxP documentation each move needs.
- Automate backups with AWS Backup and Veeam, and rehearse restores every quarter.
- Decommission servers and storage arrays as applications move, and keep the estate's inventory honest.

What you'll bring
- Terraform in production, including modules and remote state.
- AWS networking and IAM in a multi-account organisation; Control Tower experience is a plus.
- Linux and Windows Server administration.
- VMware vSphere.
- Ansible or another configuration management tool.
- Experience in a regulated industry helps.`,
  },
  {
    name: 'Security Engineer in a security operations team at a water company',
    title: 'security-engineer',
    expected: 'it-operations',
    boilerplate: true,
    text: `Security Engineer
Cressfield Water supplies drinking water and wastewater services to 1.4 million people in the East of England. Our 2,300 colleagues rely on an IT estate of around 3,000 laptops, 600 servers and a network that reaches treatment works and pumping stations.

About the role
You'll join our security operations team of eight, protecting the corporate IT estate day and night. This is an operations role and involves no software development.

What you'll do
- Triage alerts in Microsoft Sentinel on a SOC shift pattern covering 7am to 11pm, with an overnight on-call rota, and escalate genuine incidents following our playbooks.
- Investigate suspicious activity with Microsoft Defender for Endpoint, isolate affected devices and work with IT operations on rebuilds.
- Review and implement firewall rule change requests on our Palo Alto firewalls through Panorama, checking each against policy before it goes to the change board.
- Run weekly Tenable vulnerability scans across servers, laptops and network devices, and chase the server and desktop teams to patch within agreed timescales.
- Keep endpoint protection, email filtering and web filtering policies current.
- Tune noisy analytics rules and keep incident runbooks up to date.
- Help run phishing simulations and quarterly incident exercises.

What you'll bring
- Experience in a SOC or security operations role.
- Microsoft Sentinel or Splunk, with KQL or SPL.
- Firewall administration, ideally Palo Alto or Fortinet.
- Defender for Endpoint or CrowdStrike Falcon.
- CompTIA Security+ or similar is welcome.

What we offer
Up to £55,000 plus a shift allowance, 26 days' leave plus bank holidays, a pension with up to 10% employer contribution and hybrid working between home and our Cambridge office outside your shifts.

We are an equal opportunities employer and value the different perspectives our people bring. If you need adjustments to apply or to attend an interview, please tell us.

How to apply
Complete the short application form on our careers site and attach your CV. The successful candidate will need to pass BPSS checks and security clearance.`,
  },
  {
    name: 'Application Security Engineer working with product teams at a delivery-software company',
    title: 'application-security-engineer',
    expected: 'devsecops',
    text: `Application Security Engineer

What you'll do
- Run threat-modelling sessions with Parcelwise's twelve product teams while features are still on the whiteboard, and turn the results into stories in their backlogs.
- Review designs and pull requests for authentication, authorisation and data-handling flaws in our TypeScript and Go services and public APIs.
- Own static analysis and dependency scanning in our GitHub Actions workflows with CodeQL and Snyk, and tune them until developers trust the results.
- Triage findings from the scanners, our yearly penetration test and our bug bounty programme, agree fixes with the owning team and track them to closure.
- Build secure defaults into our shared libraries: input validation, session handling, and secrets fetched from AWS Secrets Manager instead of environment files.
- Run our security champions group and teach short secure-coding sessions based on real bugs we have found.
- Answer the application security sections of enterprise customers' questionnaires with evidence from the pipeline.

What you'll bring
- A background in software development: you can read the code and propose the fix, not only report the finding.
- Deep knowledge of the OWASP Top 10 and the OWASP API Security Top 10.
- Experience with SAST and SCA tools in CI.
- Threat modelling with STRIDE or a similar method.
- Some AWS.`,
  },
  {
    name: 'DevSecOps Engineer on pipeline and supply-chain controls at a health software company',
    title: 'devsecops-engineer',
    expected: 'devsecops',
    boilerplate: true,
    text: `DevSecOps Engineer
Gantry Health builds the software GP practices and community pharmacies use to manage repeat prescriptions. We have 40 engineers in six product teams and hold ISO 27001 certification.

About the role
You'll make security part of how our teams ship, so every release carries its own evidence instead of waiting for a review at the end.

What you'll do
- Own the security stages in our shared GitHub Actions workflows: secret scanning with Gitleaks, static analysis with Semgrep, dependency and container scanning with Trivy.
- Produce an SBOM with Syft for every build, and sign images and SLSA provenance with Sigstore cosign.
- Write Kyverno policies that keep unsigned images and privileged pods off our AKS clusters, and Checkov checks for Terraform.
- Triage findings with developers, agree fix times by severity and follow them to closure.
- Run threat-modelling sessions on new features with the teams designing them.
- Move secrets from pipeline variables into Azure Key Vault.
- Map our practices to the NIST SSDF and keep the evidence ready for audits.

What you'll bring
- Experience as a software or DevOps engineer who moved into security, or the reverse.
- CI pipelines with at least one SAST and one SCA tool.
- Kubernetes and policy as code.
- Software supply-chain security: SBOMs, provenance and signing.

What we offer
£65,000 to £75,000, 25 days' holiday plus bank holidays and your birthday off, a salary-sacrifice pension with a 7% employer contribution, enhanced parental leave and hybrid working, with an office in Nottingham we visit twice a month.

Gantry Health is an equal opportunity employer. We do not discriminate on the grounds of any protected characteristic, and we will gladly make reasonable adjustments at any stage.

How to apply
Apply through our careers page with your CV; a covering letter is optional. Our process is a short call, a pairing session on a real pipeline and a conversation with the team.`,
  },
  {
    name: 'Application Support Engineer for vendor investment systems at an asset manager',
    title: 'application-support-engineer',
    expected: 'it-operations',
    text: `Application Support Engineer

What you'll do
- Handle second-line incidents and service requests in ServiceNow for Fenwright Asset Management's portfolio management system, order management system and client reporting portal, all bought from vendors.
- Check the overnight batch in Control-M from 7am, rerun failed jobs from the runbooks and warn the investment operations team before markets open if prices or positions are late.
- Investigate data problems with SQL against Oracle and SQL Server, and with log files on Windows and Linux servers.
- Raise cases with vendors, chase them to resolution and test their patches in UAT.
- Open problem records for recurring failures and follow them through.
- Apply approved application changes and upgrades in weekend maintenance windows, each with a change record and a back-out plan.
- Grant and remove application access under our joiners, movers and leavers process, and prepare the quarterly access review.
- Keep support documentation and runbooks current.

What you'll bring
- Two years or more in application or production support, ideally in financial services.
- Good SQL.
- The Windows and Linux command line.
- ServiceNow or a similar service management tool, and ITIL incident and problem practices.
- Calm, clear communication with portfolio managers and traders under time pressure.`,
  },
  {
    name: 'Network Engineer title, kanban backlog and reviewed network-as-code changes at a ports operator',
    title: 'network-engineer',
    expected: 'agile-infraops',
    unusual: true,
    boilerplate: true,
    text: `Network Engineer
Stourhaven Ports runs three container and roll-on roll-off ports on the east coast, moving freight around the clock. Our network joins cranes, gates, offices and two data centres.

About the role
Our network team of six has swapped annual projects and a ticket queue for one ranked backlog on a Jira kanban board, which terminal operations, IT and the digital team help us rank every fortnight. We want an engineer who will help us work in small changes and keep that board honest.

What you'll do
- Take cards from the backlog and make network changes as pull requests: Ansible playbooks for our Cisco Catalyst and Arista switches, with NetBox as the source of truth.
- Test every change in the pipeline with Batfish and a Containerlab lab before a teammate reviews and merges it.
- Meet our definition of done: monitoring in LibreNMS, a runbook entry and a tested rollback for every change.
- Take your week on the interrupt lane, where incidents and requests go on the board with their own WIP limit.
- Join stand-ups, fortnightly reviews where we show finished changes to the teams that asked for them, and blameless retrospectives after incidents.
- Help us cut the cycle time of routine VLAN and firewall changes from weeks to days.

What you'll bring
- CCNA-level routing and switching, with hands-on Cisco or Arista experience.
- Ansible and Git, or a strong wish to learn them.
- Experience of working in a Scrum or kanban team.

What we offer
£50,000 to £58,000, 27 days' leave plus bank holidays, a 9% employer pension contribution, free parking and hybrid working, with site visits when the work needs them.

We are committed to equal opportunities and welcome applications from everyone, including people returning to work after a career break.

How to apply
Upload your CV and a short statement through our website by 14 February. Interviews are held at our head office and include a walk through a real change on our board.`,
  },
  {
    name: 'Release Manager, ITIL release calendar and change board at a multi-vendor insurer',
    title: 'release-engineer',
    expected: 'it-operations',
    unusual: true,
    text: `Release Manager

What you'll do
- Own the quarterly release calendar for Ambersmith Insurance's policy administration, claims and finance systems, supplied by four vendors and two outsourced development partners, and agree slots with the business.
- Raise and manage a change request in ServiceNow for each release, gather the risk assessment, test sign-off and back-out plan, and present it at the weekly change advisory board.
- Chair go/no-go meetings and run release weekends, coordinating vendor engineers, our infrastructure team and business testers on the bridge call.
- Check that deployment runbooks are complete and that the service desk and support teams are briefed before go-live.
- Track early-life support after each release and hand open issues to problem management.
- Lead post-implementation reviews, and report release success and change-related incidents to the IT leadership team.
- Keep bookings for the UAT and pre-production environments under control.

What you'll bring
- Experience managing releases or changes in a multi-vendor environment.
- A strong working knowledge of ITIL 4 change enablement and release management.
- ServiceNow change and release modules.
- Excellent organisation and stakeholder management: you'll be the calm voice at 2am on a release weekend.
- Insurance or financial services experience helps.`,
  },
  {
    name: 'MLOps Engineer on an internal ML platform for data scientists at a small-business lender',
    title: 'mlops-engineer',
    expected: 'platform-engineering',
    boilerplate: true,
    text: `MLOps Engineer
Trellick Lending provides small-business loans decided in minutes. Our 35 data scientists build credit, fraud and pricing models, and until now each squad has found its own way from notebook to production.

About the role
You'll join the ML Platform team, which builds the shared tooling our data scientists use to train, deploy and monitor models, and treats those data scientists as its customers.

What you'll do
- Run our MLflow tracking server and model registry, and make promotion from staging to production a self-service step with approval built in.
- Build Kubeflow Pipelines templates so a data scientist can go from a new project to scheduled training with one command.
- Operate our Feast feature store, with its online store in Redis, together with the data engineering team.
- Offer model serving on KServe on our EKS clusters, with standard dashboards for latency and drift.
- Manage GPU node pools and quotas so teams get capacity without raising tickets.
- Interview data scientists about where they get stuck, write onboarding guides and track how many models use the supported route.
- Keep the platform's own components reliable, with working-hours on-call for the registry and serving layer.

What you'll bring
- Python, Kubernetes and Terraform.
- Experience running MLflow, Kubeflow, SageMaker or Vertex AI for other people.
- An understanding of the model lifecycle: training, validation, deployment and monitoring.
- Interest in talking to users and building what they need.

What we offer
£75,000 to £88,000, 28 days' holiday plus bank holidays, a pension with a 6% employer contribution, private medical insurance, a £1,500 learning budget and hybrid working from our Bristol office.

Trellick Lending is an equal opportunities employer. We value diversity and assess every applicant on their skills and potential. Let us know about any adjustments you need.

How to apply
Send your CV through our careers page. You'll have a short call with the hiring manager, a take-home exercise of no more than two hours and a final panel interview.`,
  },
  {
    name: 'FinOps Engineer in the infrastructure team running a travel company AWS estate',
    title: 'finops-practitioner',
    expected: 'infraops',
    text: `FinOps Engineer

What you'll do
- Join Bluecedar Travel's infrastructure team, which runs our 60-account AWS estate, as the engineer responsible for what it costs.
- Build cost reporting from the AWS Cost and Usage Report with Athena and QuickSight, and show each team what it spends.
- Enforce a tagging policy through service control policies and Terraform checks, and fix untagged resources at source.
- Rightsize EC2, RDS and OpenSearch using Compute Optimizer and CloudWatch data, and make the changes yourself in our Terraform modules after review.
- Plan and buy Compute Savings Plans and RDS reserved instances each quarter, and track coverage and utilisation in AWS Cost Explorer.
- Schedule non-production environments to shut down overnight and at weekends.
- Move suitable workloads to Graviton instances and older S3 data to cheaper storage classes with lifecycle rules.
- Find and decommission idle load balancers, unattached volumes and forgotten snapshots.
- Forecast spend with finance each month and explain the variances.

What you'll bring
- Hands-on AWS and Terraform.
- Experience with Cost Explorer, the Cost and Usage Report and commitment purchasing.
- SQL, and a liking for spreadsheets.
- The FinOps Certified Practitioner certification is welcome.`,
  },
  {
    name: 'Developer Experience Engineer on templates, portal and build times at a mobile app studio',
    title: 'developer-experience-engineer',
    expected: 'platform-engineering',
    boilerplate: true,
    text: `Developer Experience Engineer
Tamarind is a mobile app studio of 260 people in Manchester and Belfast, building iOS and Android apps and their backend APIs for retailers, banks and airlines.

About the role
Our developers told us in last year's survey that they lose hours every week to slow builds, flaky tests and hunting for how things are done here. You'll join the Developer Experience team of five, whose customers are those developers.

What you'll do
- Run our quarterly developer survey and interview teams to find out where their time goes.
- Cut CI build times for our iOS and Android pipelines on GitHub Actions with build caching and test sharding.
- Build project templates in Backstage so a new app or API starts with CI, code signing, crash reporting and release tooling already wired in.
- Keep our Backstage service catalogue and TechDocs current and useful.
- Offer self-service preview environments for the backend APIs through one command.
- Write onboarding guides and measure how long a new starter takes to get a first change merged.
- Track adoption and satisfaction for every tool we offer, and retire the ones nobody uses, with notice.

What you'll bring
- Several years as a software engineer, ideally in mobile or backend work.
- CI systems and build tooling: GitHub Actions, Gradle and Xcode builds.
- TypeScript for Backstage plugins, or the will to learn it.
- Curiosity about how other engineers work.

What we offer
£68,000 to £80,000, 25 days' leave plus bank holidays and a paid volunteering day, a 6% employer pension contribution, a cycle-to-work scheme and hybrid working with two office days a fortnight.

Tamarind is an equal opportunity employer. We welcome applicants of every background and identity, and we'll make adjustments to our process for anyone who needs them.

How to apply
Apply on our careers site with your CV and, if you like, a link to something you built to make other developers' lives easier.`,
  },
  {
    name: 'Observability Engineer setting SLOs and burn-rate alerts at a furniture marketplace',
    title: 'observability-engineer',
    expected: 'sre',
    text: `Observability Engineer

What you'll do
- Work with Spindle Commerce's product owners and developers to choose service level indicators for key journeys (search, checkout and seller payouts) and set SLOs on them.
- Replace threshold alerts with multi-window burn-rate alerts on those SLOs in Prometheus and Grafana, and delete alerts nobody acts on.
- Extend OpenTelemetry tracing across our Go and Node.js services so an engineer can follow a failing checkout from the browser to the database.
- Build error budget reports and help product leadership apply the error budget policy when a service overspends.
- Join the SRE on-call rota, command incidents and run blameless postmortems, then follow up their actions.
- Measure how much of the team's time goes on manual operational work, and automate the biggest pieces of it away.
- Review new services for production readiness before launch: dashboards, alerts, runbooks and load tests with k6.

What you'll bring
- Prometheus, Grafana and OpenTelemetry in production.
- SLOs and error budgets used in practice, not only in theory.
- Go or Python.
- Kubernetes debugging.
- On-call experience for a busy customer-facing service.`,
  },
  {
    name: 'Database Reliability Engineer in the SRE group of an accounting SaaS company',
    title: 'database-reliability-engineer',
    expected: 'sre',
    boilerplate: true,
    text: `Database Reliability Engineer
Ledgerly makes accounting software for 250,000 small businesses and their accountants. Our product runs on around 40 PostgreSQL clusters on AWS, and month end and the self-assessment deadline are when they work hardest.

About the role
You'll join our SRE group as its database specialist, working with product teams on the reliability of the data layer rather than taking tickets for them.

What you'll do
- Define SLOs for query latency, replication lag and availability with the teams that own each database, and alert on error budget burn rather than raw thresholds.
- Automate failover with Patroni and rehearse it regularly, so losing a primary is a non-event.
- Plan capacity ahead of the January peak and load-test with pgbench and k6 before major launches.
- Review schema changes and migrations for production readiness, and help teams make them online and reversible.
- Automate toil: point-in-time restores, major-version upgrades and index maintenance run from code, not from a wiki page.
- Share the SRE on-call rota, lead database incidents and write blameless postmortems.

What you'll bring
- Deep PostgreSQL experience: replication, vacuum, query plans and connection pooling with PgBouncer.
- Python or Go for tooling.
- Terraform and AWS, whether RDS, Aurora or self-managed on EC2.
- Prometheus and Grafana.

What we offer
£75,000 to £85,000, 27 days' holiday plus bank holidays, a 7% employer pension contribution, life assurance, an on-call allowance and hybrid working with our Newcastle office.

Ledgerly is an equal opportunities employer. We hire on skills and potential and welcome applications from people of all backgrounds. Tell us about any adjustments that would help you during the process.

How to apply
Send your CV through our careers page with a short note about the hardest database incident you've worked on. We aim to complete interviews within three weeks.`,
  },
  {
    name: 'Production Engineer on a live-streaming service for concerts',
    title: 'production-engineer',
    expected: 'sre',
    text: `Production Engineer

What you'll do
- Work alongside the developers of Glimmerhouse's ingest, transcoding and playback services as the engineer responsible for how they behave in production, with up to 400,000 viewers watching a single show.
- Write Python and Go tools that remove manual operational work: scaling transcoder fleets before scheduled shows, restarting stuck streams automatically and rolling out configuration safely.
- Plan capacity for each big event from ticket sales, and load-test playback and the CDN origin with k6 well ahead of time.
- Agree SLOs for stream start time and rebuffering with product owners, and alert on what viewers experience rather than CPU graphs.
- Share on-call with the service developers, command incidents and lead blameless postmortems.
- Review new features for production readiness: failure modes, dashboards and rollback.
- Debug hard problems across Linux, networking and distributed systems.

What you'll bring
- Strong coding in Python, Go or C++.
- Linux internals and TCP/IP.
- Experience running a large, latency-sensitive service.
- Prometheus, Grafana and OpenTelemetry, or similar.
- Kubernetes and a public cloud.`,
  },
  {
    name: 'NOC Engineer on round-the-clock shifts at a fibre broadband provider',
    title: 'noc-engineer',
    expected: 'it-operations',
    boilerplate: true,
    text: `NOC Engineer
Aldercombe Telecom provides full-fibre broadband to 180,000 homes and businesses across the South West, over a network we built ourselves.

About the role
Our Network Operations Centre watches the network around the clock. You'll work a four-on, four-off pattern of 12-hour day and night shifts.

What you'll do
- Monitor core, aggregation and access network alarms in SolarWinds and our fault management system, and spot service-affecting faults early.
- Log incidents in ServiceNow, set their priority, follow the runbooks for first diagnosis, and dispatch field engineers or escalate to network engineering.
- Raise faults with our wholesale carriers and backhaul suppliers and chase them against their SLAs.
- Keep the customer service desk and our social media team updated during major incidents.
- Oversee planned maintenance windows overnight, check that approved changes start and finish on time and confirm services recover afterwards.
- Hand over every shift in writing.
- Suggest improvements to alerts and runbooks when they don't help.

What you'll bring
- Experience in a NOC or network support role.
- Networking fundamentals: IP routing, VLANs, the basics of BGP and OSPF, and ideally GPON.
- ServiceNow or a similar ticketing tool.
- Calm under pressure and clear in writing.

What we offer
£34,000 to £39,000 plus a shift allowance, 25 days' leave plus bank holidays, a matched pension of up to 5%, free broadband and a modern operations centre in Exeter with free parking. After probation, some day shifts can be worked from home under our hybrid working policy.

Aldercombe Telecom is an equal opportunities employer. We welcome applicants from every background and will make reasonable adjustments for interviews and for shift work.

How to apply
Apply online with your CV. Shortlisted candidates are invited to a visit to the operations centre and an interview with the shift leads.`,
  },
  {
    name: 'Operations Engineer title, SLOs, error budget policy and toil cap at a courier company',
    title: 'it-operations-engineer',
    expected: 'sre',
    unusual: true,
    text: `Operations Engineer

What you'll do
- Own, with Cinderpath's developers, the reliability of our courier routing, dispatch and tracking services: agree SLOs with the product owners and alert when their error budgets burn too fast.
- Apply our error budget policy: when a service runs out, feature releases pause until it is fixed, and you help the team decide what to fix first.
- Keep operational work (tickets, pages and manual fixes) to less than half your time, and spend the rest writing Go and Python that removes it.
- Share the on-call rota with the service developers, command incidents and run blameless postmortems whose actions actually get done.
- Plan capacity for Black Friday and the Christmas peak, and load-test the dispatch API with Locust.
- Review new services before launch for production readiness.
- Prune alerts that page people for things users never notice.

What you'll bring
- Go or Python, and Linux.
- Kubernetes and Terraform on Google Cloud.
- Prometheus, Grafana and PagerDuty.
- Hands-on experience with SLOs and postmortems.
- A taste for automating a job the second time you do it.`,
  },
  {
    name: 'Service Desk Analyst at a managed service provider for small organisations',
    title: 'service-desk-analyst',
    expected: 'it-operations',
    boilerplate: true,
    text: `Service Desk Analyst
Harebell IT Services is a managed service provider supporting 80 dental practices, accountancy firms and charities across Kent and Sussex, with a team of 35 based in Maidstone.

About the role
You'll be the first voice our customers hear when something stops working, and you'll fix most problems before they reach anyone else.

What you'll do
- Answer calls, emails and portal tickets in ConnectWise PSA, log and prioritise them, and resolve as many as you can at first contact.
- Reset passwords and MFA, set up new starters in Microsoft 365 and Entra ID, and remove leavers' access the same day.
- Use NinjaOne to connect to laptops remotely, deploy software and check that patches have installed.
- Build and enrol new laptops with Windows Autopilot and Intune.
- Fix printer, Outlook, Teams and Wi-Fi problems, and escalate anything beyond first line to our second-line engineers with clear notes.
- Keep customers updated and close tickets within their contract SLAs.
- Add to the knowledge base whenever you find a fix worth keeping.

What you'll bring
- Six months or more in IT support, or a relevant apprenticeship.
- Windows 11 and Microsoft 365.
- A friendly phone manner and plenty of patience.
- CompTIA A+ or ITIL 4 Foundation is a plus.

What we offer
£25,000 to £29,000, 25 days' leave plus bank holidays, a workplace pension with a 5% employer contribution, paid certifications and hybrid working once you've completed your training.

Harebell IT Services is an equal opportunities employer. We welcome applications from everyone, including career changers and people without a degree, and we'll make any adjustments you need.

How to apply
Send your CV and a few lines on why you enjoy helping people with technology through our website. We'll call you for a short chat, then invite you to meet the team.`,
  },
  {
    name: 'Infrastructure Product Owner for a ranked infrastructure backlog at an insurer',
    title: 'infrastructure-product-owner',
    expected: 'agile-infraops',
    text: `Infrastructure Product Owner

What you'll do
- Own the backlog for the compute and storage team in Heronsgate Insurance's infrastructure department, which is replacing annual project plans and separate ticket queues with ranked backlogs and two-week sprints.
- Refine the backlog with the product teams and business units that depend on infrastructure, and rank it every sprint.
- Write cards small enough to ship in a day or two: a reviewed pull request to a Terraform module or Ansible role, not a ticket of manual steps.
- Agree a definition of done with the team that includes monitoring, a runbook and a tested rollback.
- Hold a fixed share of every sprint for incidents, requests and patching, and keep that interrupt work visible on the board.
- Run sprint reviews where engineers show finished changes to the people who asked for them.
- Use cycle time, work item age and flow distribution from Jira to show where work waits, and agree WIP limits with the team.
- Agree with product leadership how infrastructure work ranks against features, so patching, upgrades and decommissioning are not always pushed back.

What you'll bring
- Experience as a product owner, or as an infrastructure engineer or delivery lead who has run a backlog.
- A working understanding of cloud and on-premise infrastructure, and of infrastructure as code.
- Scrum and Kanban in Jira.
- PSPO or CSPO certification is welcome.`,
  },
];
