/**
 * The curated skill dictionary: one line per technology, "Canonical: alias, alias".
 * Marks on any spelling (canonical or alias):
 *   ^  ambiguous as an English word: in prose it matches only with exactly this capitalisation
 *      ("Go", "Chef", "Spark" are skills; "go", "chef" are not)
 *   ~  only as a whole item of a skills list, never in prose ("R", "C": a capital R is not R)
 *   *  on the canonical name: a field of work, not a technology ("DevOps", "Machine Learning"): a skill
 *      where a skills list names it, but the person's own prose naming it claims no skill (a role's
 *      requirements and the page's highlights still find it)
 *   +  a maker's name written for its best-known product ("SAP" for its ERP, "Oracle" for its database): in
 *      prose, not before a capitalised word or an acronym, which names another of its products ("SAP TM")
 * Spellings are compared after lower-casing and turning punctuation runs into spaces, so
 * "Node.js" also covers "node js"; "NodeJS" still needs its own alias.
 * Language names and aliases follow GitHub Linguist's languages.yml (MIT) where they overlap.
 */
export const SKILL_LINES = String.raw`
# Languages
VBA: vba macros, excel vba, vba excel
Python: python3, ~py
Java
JavaScript: ~js, ecmascript, es6
TypeScript: ~ts
^Go: golang, ^Go lang
~C: ~ANSI C
C++: cpp, cplusplus
C#: csharp, c sharp
~R: ~R language, ~Rlang
^Ruby
PHP
^Scala
Kotlin
^Swift
Objective-C: objc, objective c
^Rust
Elixir
Erlang
~OTP
Haskell
Clojure
F#: fsharp
OCaml
Perl
Lua
^Dart
^Julia
MATLAB
^Groovy
~Shell: shell scripting, ~sh
Bash: bash scripting
PowerShell
SQL
PL/SQL: plsql, oracle pl/sql
T-SQL: tsql
HTML: html5
CSS: css3
Sass: scss
~Less: less css
Solidity
^Fortran
COBOL
~Assembly: asm
VHDL
Verilog
Zig
Nim
^Crystal
^Elm
Visual Basic: vb.net, vba
^Apex
ABAP
^Delphi
^Prolog
^Lisp: common lisp
WebAssembly: wasm
GraphQL
Protocol Buffers: protobuf, protobufs
# Front end
^Liquid: shopify liquid
^Sanity: sanity cms, sanity.io
React: react.js, reactjs
React Native
Angular: angularjs, angular.js
Vue.js: vue, vuejs
Svelte
Next.js: nextjs
Nuxt: nuxt.js, nuxtjs
Redux
^Zustand
MobX
jQuery
Tailwind CSS: tailwind, tailwindcss
Bootstrap
Webpack
Vite
Babel
Storybook
Three.js: threejs
D3.js: d3, d3js
^Ember.js: ^Ember, emberjs
^Backbone.js: ^Backbone
Flutter
^Ionic
^Electron
Material UI: mui
# Back end frameworks
ASP.NET MVC: aspnet mvc
Node.js: ~node, nodejs, node js
Express.js: expressjs, ~express
NestJS: nest.js
Django
Flask
FastAPI: fast api
Sanic
^Tornado
^Pyramid
^Spring: spring framework
Spring Boot: springboot
Hibernate
Ruby on Rails: rails, ror
Laravel
Symfony
ASP.NET: asp.net core, aspnet
.NET: dotnet, .net core
^Gin: go-gin, gin gonic
~Echo: labstack echo
Gorilla Mux: go-mux, gorilla/mux, mux
GORM
^Fiber
^Phoenix
Ktor
Quarkus
Micronaut
Vert.x
gRPC: grpc
^REST: restful, rest api, rest apis, restful services
SOAP
WebSockets: websocket
Socket.IO: socketio
OpenAPI: swagger
Celery
RabbitMQ: rabbit mq
ActiveMQ
ZeroMQ: zmq
NATS
Asyncio: async io
Pydantic
SQLAlchemy
Pandas
Scanpy
NumPy
SciPy
Polars
Dask
^Ray
# Data and ML
OR-Tools: google or-tools
^PuLP
Nextflow
Causal Inference
Time Series Forecasting: time-series forecasting
*Machine Learning: ml
*Deep Learning
*MLOps: ml ops
*Computer Vision
*NLP: natural language processing
LLM: llms, large language models
*Generative AI: genai, gen ai
TensorFlow
PyTorch: torch
Keras
scikit-learn: sklearn, scikit learn
XGBoost
LightGBM
Hugging Face: huggingface, hugging face transformers, ~transformers
LangChain
OpenCV
spaCy
NLTK
MLflow
Kubeflow
KServe
Triton Inference Server: triton, nvidia triton
Vertex AI: vertexai, google vertex ai
SageMaker: aws sagemaker, amazon sagemaker
Azure Machine Learning: azure ml
^Feast
Jupyter: jupyter notebook, jupyterlab
Zeppelin
RASA
Selenium: selenium webdriver
REST Assured: rest-assured, restassured
Beautiful Soup: beautifulsoup, bs4
Scrapy
Milvus
Pinecone
Weaviate
FAISS
# Data engineering
Spark: apache spark, pyspark, spark sql
Hadoop: apache hadoop
HDFS
Hive: apache hive
~Pig: apache pig
Presto: prestodb
Trino
Kafka: apache kafka, kafka streams
Flink: apache flink
^Pulsar: apache pulsar
^Beam: apache beam
^Storm: apache storm
Airflow: apache airflow
NiFi: apache nifi
^Luigi
Dagster
^Prefect
dbt: ~dbt, data build tool
Avro: apache avro
Parquet: apache parquet
~ORC
Delta Lake: deltalake
Iceberg: apache iceberg
Hudi: apache hudi
Pinot: apache pinot
Druid: apache druid
^Doris: apache doris
StarRocks
ClickHouse
^Ranger: apache ranger
^Atlas: apache atlas
Tachyon: alluxio
ZooKeeper: apache zookeeper
^YARN: hadoop yarn
^Mesos: apache mesos
^Marathon
DC/OS: mesosphere dc/os, dcos
Databricks
Snowflake
BigQuery: big query, google bigquery
Bigtable: cloud bigtable, google bigtable
Redshift: amazon redshift, aws redshift
^Athena: aws athena, amazon athena
AWS Glue: ^Glue
Kinesis: aws kinesis, amazon kinesis
EMR: aws emr, amazon emr
Looker
Tableau
Power BI: powerbi
Redash
Metabase
Superset: apache superset
Kibana
*ETL
*Data Warehousing: data warehouse
*Data Engineering
*Data Science
*Data Lake: data lakes
# Databases
PostgreSQL: postgres, postgre, psql, postgresql database
MySQL
MariaDB
SQLite
Oracle Database: oracle db, ^+Oracle
Microsoft SQL Server: sql server, mssql, ms sql
MongoDB: mongo
Cassandra: apache cassandra
Redis: redis geolocation
Memcached
Elasticsearch: elastic search, elasticsearch
OpenSearch
Solr: apache solr
DynamoDB: dynamo db, amazon dynamodb
Cosmos DB: cosmosdb, azure cosmos db
Neo4j
CouchDB
Couchbase
HBase
ScyllaDB
CockroachDB
Aerospike
InfluxDB
TimescaleDB
EdgeDB
Firebase
Firestore
Supabase
^Realm
NoSQL
# Cloud
^Bicep: azure bicep
AWS: amazon web services, amazon aws
GCP: google cloud, google cloud platform
Azure: microsoft azure, azure cloud, ms azure
Oracle Cloud: oci, oracle cloud infrastructure
IBM Cloud
Alibaba Cloud
DigitalOcean: digital ocean
Heroku
Vercel
Netlify
Cloudflare
OpenStack
AWS Lambda: ^Lambda
Amazon EC2: ec2, aws ec2
Amazon S3: s3, aws s3
Amazon ECS: ecs, aws ecs, ecs fargate, aws ecs fargate
AWS Fargate: fargate
Amazon EKS: eks, aws eks
Amazon RDS: rds, aws rds
Amazon SQS: sqs
Amazon SNS: sns
AWS CloudFormation: cloudformation
AWS CDK: cdk
AWS Batch
Google Kubernetes Engine: gke
Google Compute Engine: gce
Cloud Run: google cloud run
Cloud Functions: google cloud functions, gcf
Cloud Build: google cloud build
Cloud Composer: composer
Cloud Storage: gcs, google cloud storage
Pub/Sub: pubsub, pub sub, google pub/sub, cloud pub/sub
Azure Kubernetes Service: aks
Azure Functions
Azure Blob Storage: azure blob
Azure Container Apps
Azure DevOps
MinIO: minio
Ceph
# Containers, infrastructure, delivery
Docker: dockerfile, docker compose, docker-compose, dockerized
Kubernetes: k8s, kube
Helm: helm charts
Podman
containerd
OpenShift
Rancher
^Nomad
Istio
Linkerd
^Envoy
^Consul
^Vault: hashicorp vault
Terraform: ~tform, terraform cloud
Terragrunt
Pulumi
Ansible
^Chef
^Puppet
SaltStack: ~salt
^Packer
^Vagrant
Jenkins
GitLab CI: gitlab ci/cd
GitHub Actions
CircleCI: circle ci
Travis CI: travis
TeamCity
^Bamboo
BuildKite: buildkite
Spinnaker: spinakker
ArgoCD: argo cd, argo-cd
Argo Workflows
^Flux: fluxcd
^Tekton
GitOps
CI/CD: ci cd, cicd, continuous integration, continuous delivery, continuous deployment
*DevOps
*SRE: site reliability engineering
^Atlantis
Git
GitHub
GitLab
Bitbucket
Linux
Unix
Nginx
Apache HTTP Server: apache httpd, httpd
HAProxy
Traefik
^Kong
Microservices: microservice, ~microservicios, ~microsserviços, ~microservizi, ~mikroserwisy, ~microservice architecture, ~microservices architecture, ~arquitectura de microservicios, ~arquitetura de microsserviços, ~architecture microservices, ~architettura a microservizi, ~microservice-architektur, ~microservices-architektur
Serverless
Infrastructure as Code: iac
# Observability
Prometheus: prometheus exporters
Grafana: grafana oss
Datadog: data dog
New Relic: newrelic
^Splunk
ELK Stack: elk, elastic stack
Logstash
Fluentd
Fluent Bit
Jaeger
^Zipkin
OpenTelemetry: open telemetry, ^OTel
^Sentry
PagerDuty: pager duty
Opsgenie
Dead Man's Snitch: deadmanssnitch, deadman snitch
Nagios
Zabbix
^Loki
^Thanos
^Cortex
VictoriaMetrics
Cloud Trace: google cloud trace
Elastic APM: elastic-apm
*Observability: ~observabilidade, ~observabilidad, ~observabilité, ~osservabilità, ~observierbarkeit
# Practice
Engineering Management
~Hiring
Agile
Technical Writing: ~documentazione tecnica, ~technische dokumentation, ~rédaction technique, ~redacción técnica
User Interviews: user interviewing
Threat Modeling: threat modelling
Scrum
Kanban
Jira
Confluence
*System Design
Distributed Systems: ~verteilte systeme, ~systèmes distribués, ~sistemas distribuidos, ~sistemas distribuídos, ~sistemi distribuiti
~Event-Driven Architecture: ~arquitectura orientada a eventos, ~arquitetura orientada a eventos, ~architecture événementielle, ~architettura a eventi, ~architettura event-driven, ~ereignisgesteuerte architektur
~Functional Safety: ~sicurezza funzionale, ~funktionale sicherheit, ~sécurité fonctionnelle, ~seguridad funcional, ~segurança funcional
~HIL Testing: ~hil, ~hardware-in-the-loop, ~hardware in the loop testing, ~test hil, ~tests hil, ~hil-tests, ~pruebas hil, ~testes hil
~Risk-Based Testing: ~risk based testing, ~risicogebaseerd testen, ~risikobasiertes testen, ~tests basés sur les risques, ~pruebas basadas en riesgos, ~testes baseados em risco, ~test basati sul rischio
TDD: test driven development, ~testgetriebene entwicklung, ~développement piloté par les tests, ~desarrollo guiado por pruebas, ~desenvolvimento orientado a testes
BDD
Unit Testing
Pytest
JUnit
^Jest
Vitest
^Mocha
Cypress
Playwright
Puppeteer
Postman
Figma
UML
BPMN: bpmn 2.0
Design Patterns
OAuth: oauth2, oauth 2.0
JWT
RBAC
LDAP
SSO
# Mobile and other
Android Studio
Appium
Xcode Cloud
SAP FI/CO: sap fico
SAP FI: sap financial accounting
SAP CO: sap controlling
SAP MM: sap materials management
SAP SD: sap sales and distribution
SAP EWM: sap extended warehouse management
SAP PI/PO: sap pipo, sap pi, sap po
SAP BPC
SAP ECC: sap erp central component, sap ecc 6
SAP ERP
SAP HANA
SAP BW: sap business warehouse
SAP BW/4HANA: bw/4hana
SAP PP: sap production planning
SAP WM: sap warehouse management
SAP QM
SAP PM: sap plant maintenance
SAP PS
SAP HCM
SAP TM: sap transportation management
SAP APO
SAP IBP: sap integrated business planning
SAP EHS
SAP IS-U
SAP BTP: sap business technology platform
SAP Integration Suite: sap cpi, sap cloud platform integration
SAP Analytics Cloud: sap sac
SAP Basis
SAP GRC
SAP Ariba: ariba
SAP Business One
SAP Solution Manager: solman
SAP R/3
SAPUI5: ui5, openui5
Oracle E-Business Suite: oracle ebs
Oracle Fusion: oracle fusion cloud, oracle fusion financials
^Epic: epic ehr, epic systems
~BLS
~ACLS
~PALS
~TNCC
Kotlin Coroutines
Xcode
Android
iOS
SwiftUI
Jetpack Compose
Xamarin
^Unity
Unreal Engine
Blockchain
Ethereum
IoT: iot, internet of things
MQTT
Raspberry Pi
Arduino
Embedded Systems
^ROS
CUDA
OpenMP
MPI
HPC
Hortonworks
Cloudera
^Oryx
MLlib: spark mllib
Spark Streaming
Mesosphere
Lustre: lustrefs
etcd
^Peloton
Flink SQL
^Gremlin
^Cypher
WordPress
Drupal
Shopify
Salesforce
^+SAP
ServiceNow

# Design and product tools
Adobe Premiere Pro: ^Premiere Pro
^Sketch
Adobe XD: ^XD
Adobe Illustrator: ^Illustrator
Adobe Photoshop: ^Photoshop, فوتوشوب, فتوشاپ, фотошоп
InVision
^Framer
^Miro
^Maze
^Amplitude
Looker Studio: google data studio
Microsoft Excel: ^Excel, ms excel
Microsoft Office: ms office, ms-office, microsoft office suite, ms office suite, paquete office, pacote office, pacchetto office, suite office, pakiet office
Microsoft Word: ms word, ms-word
Microsoft PowerPoint: ^PowerPoint, ms powerpoint
Microsoft Outlook: ms outlook
Microsoft Access: ms access
Microsoft Visio: ^Visio, ms visio
Microsoft Teams: ms teams
Google Workspace: g suite, gsuite
Google Docs
^LibreOffice
Power Query
DAX
TestRail

# Embedded, systems and networking
io_uring: io uring
FreeRTOS
Zephyr: zephyr rtos
Yocto: yocto project
STM32
Embedded Linux
ARM Cortex-M: cortex-m
AUTOSAR
MISRA C: misra
Modbus
CAN bus: ^CAN
CMake
Gradle
Neovim
^Nix: nixos
eBPF
Slurm
^Debian
Red Hat Enterprise Linux: rhel
Windows Server
Active Directory
VMware: vsphere, esxi, vmware vsphere, vmware esxi
Cisco IOS: cisco ios xe, ios xe, cisco ios xr, ios xr
NX-OS
Juniper Junos: junos
Palo Alto Networks: ~palo alto, pan os
BGP
MPLS

# Security and quality
Penetration Testing: pentesting, pen testing, penetration test
OWASP Top 10: owasp top ten
OWASP ZAP: zed attack proxy
WCAG: wcag 2, wcag 2 0, wcag 2 1, wcag 2 2
VoiceOver
NVDA
^JAWS
Burp Suite
Semgrep
Snyk
SIEM
^Lighthouse
k6: ~k6

# More frameworks and libraries
Java EE: jakarta ee, j2ee
Django REST Framework: drf
PostJAX
ONNX Runtime
Weights & Biases: wandb
Docusaurus
Backstage
Retrofit
^Combine
UIKit
^Core Data
Kotlin Multiplatform: kmp
^Dagger
^Hilt
^Bloc
^Room
Fastlane
Bitrise
Firebase Crashlytics: crashlytics
SSIS: sql server integration services
SAP S/4HANA: s/4hana, s4hana
SAP Fiori
Seurat
Bioconductor
Snakemake
PRINCE2
# Wider coverage: office and IT platforms, editors, build and test tools, data tools
Microsoft 365: office 365, m365, o365
Exchange Online
Microsoft Entra ID: entra id, azure ad, azure active directory, aad
Microsoft Intune: intune
SharePoint
Veeam: veeam backup
^Cisco: cisco ios
Cisco Meraki: meraki
Hyper-V
Proxmox: proxmox ve
LaTeX
Cython
tmux
Vim
Emacs
IntelliJ IDEA: intellij
PyCharm
RubyMine
VS Code: visual studio code, vscode
^Apollo: apollo graphql, apollo client, apollo server
Framer Motion
GSAP: greensock
Webflow
^Blender
MyBatis
RocketMQ
Spring Cloud
JVM
PL/pgSQL
Akka
Play Framework
Netty
Apache Thrift: thrift
DuckDB
Airbyte
Fivetran
Crossplane
Bazel
Maven: apache maven
sbt
~Make: gnu make, makefile, makefiles
Conan
vcpkg
Homebrew
k3s
Kustomize
Skaffold
Buildah
Firecracker
Deno
~Bun: bun.js
Rollup: rollup.js
esbuild
ESLint
Prettier
XCTest
Espresso
TestNG
Mockito
RSpec
Minitest
PHPUnit
Jasmine
JMeter: apache jmeter
Gatling
^Locust
AsyncAPI
AMQP
EventBridge: amazon eventbridge
App Engine: google app engine
Hasura
Prisma
TypeORM
Sequelize
Mongoose
Entity Framework: ef core, entity framework core
Dapper
LINQ
Blazor
WPF
WinForms: windows forms
.NET MAUI: maui
Godot
OpenGL
Vulkan
DirectX
OpenCL
Simulink
LabVIEW
Stata
SPSS: ibm spss
SystemVerilog
MapKit
WidgetKit
WorkManager
XDP
Linux Kernel: linux kernel development
~A/B Testing: ~ab testing, ~a/b tests, ~split testing
~Accessibility: ~a11y, ~web accessibility, ~accessibilité, ~accessibilité numérique, ~barrierefreiheit, ~accesibilidad, ~acessibilidade, ~accessibilità
WCAG
~Code Review: ~code reviews, ~revue de code, ~revues de code, ~revisión de código, ~revisão de código, ~revisione del codice
~Prototyping
~Design Systems: ~design system
Data Vault: data vault 2.0
# Wider coverage: compilers and hardware, accessibility, business, design and engineering tools
LLVM
Clang
^GCC
~SIMD: ~simd intrinsics
~x86: x86-64, ~x86_64, ~amd64
~ARM: arm64, aarch64
ARM Cortex-M: cortex-m
RISC-V: riscv
~AVX: ~avx2, ~avx-512
^axe: axe-core
TalkBack
Google Sheets
HubSpot
^Workday
Zendesk
^Asana
Trello
^Notion
^Slack
Adobe InDesign: indesign
Adobe After Effects: after effects
Adobe Lightroom: lightroom, lightroom classic, adobe lightroom classic
Final Cut Pro
DaVinci Resolve
Canva
Zeplin
ProtoPie
Cinema 4D: c4d
^Maya: autodesk maya
ZBrush
Substance Painter
AutoCAD: أوتوكاد, اوتوكاد, اتوکد, автокад
Revit: ريفيت, رویت, ревит
SolidWorks
Fusion 360
CATIA
ANSYS
COMSOL
KiCad
Altium Designer: altium
ESP32
Zigbee
LoRaWAN: lora
~BLE: bluetooth low energy
OPC UA
~PLC: plc programming
SCADA
Gazebo
~SLAM
~Kalman Filter: kalman filters, kalman filtering
dSPACE
ISO 26262
DO-178C
IEC 62304
I²C: i2c, iic
~Budgeting
~Forecasting
~Budgeting & Forecasting: ~budgeting and forecasting, ~budgeting e forecasting, ~budgeting y forecasting
# Wider coverage: tools of other professions (engineering and science, buildings, business, marketing, health)
Trados Studio: sdl trados studio, sdl trados, rws trados studio, rws trados, trados
Trados MultiTerm: sdl multiterm, multiterm
memoQ: memoq translator pro
Phrase TMS: memsource, ~phrase, phrase tms (memsource), phrase (memsource)
Wordfast: wordfast pro
Xbench: apsic xbench
Smartcat
HEC-RAS: hec ras
TUFLOW
Flood Modeller
QGIS
ArcGIS: arcgis pro, esri arcgis
xarray
Abaqus
STAR-CCM+
OpenFOAM
GROMACS
LAMMPS
PyMOL
GraphPad Prism
ImageJ
CellProfiler
Benchling
Geneious
Minitab
^JMP
^SAS: sas base, sas enterprise guide
NVivo
KNIME
RapidMiner
Alteryx
UiPath
Power Automate: microsoft power automate
ModelSim
CANoe: vector canoe
CANalyzer: vector canalyzer
TwinCAT: twincat 3, beckhoff twincat, beckhoff twincat 3
TIA Portal: siemens tia portal
Navisworks
Tekla Structures
ETABS
SAP2000
STAAD.Pro: staad pro
MicroStation
SketchUp
Lumion
V-Ray: vray
Enscape
ArchiCAD
Vectorworks
Primavera P6: oracle primavera p6
Microsoft Project: ms project
QuickBooks
Xero
DATEV
SAP SuccessFactors: successfactors
BambooHR
Google Analytics: ga4, google analytics 4
Google Ads: adwords, google adwords
SEMrush
Ahrefs
Mailchimp
Hootsuite
Marketo
Pardot
Magento
Houdini
Cerner
Meditech
# Wider coverage: the Spring family and data platforms by product
Spring MVC: spring web mvc
Spring Batch
Spring Cloud Gateway
Spring Security
Spring Data: spring data jpa
Spring WebFlux: webflux
Spring Cloud Alibaba
Spring Integration
Kafka Connect
Unity Catalog
Delta Live Tables
Great Expectations
dbt Cloud
Google Cloud Dataflow: dataflow, cloud dataflow
Dataproc: google dataproc
Cloud Spanner: spanner, google spanner
Cloud SQL: google cloud sql
Cloudflare Workers
Fly.io
Hetzner
# Wider coverage: hardware design and verification, health data standards, enterprise frameworks, libraries
Tcl: tcl/tk
Vivado: xilinx vivado
Vitis: xilinx vitis
Quartus: quartus prime, intel quartus
Verilator
cocotb
GHDL
UVM
LTspice
HAPI FHIR
SMART on FHIR
FHIR: hl7 fhir
HL7: hl7 v2, hl7 v2.x, hl7 v3
TOGAF: togaf 9, togaf 10
ISO 27001: iso/iec 27001, iso27001
ITIL: itil 4, itil v3
HTMX
RocksDB
BERT
Testing Library: react testing library
GPyTorch
Kotlin Coroutines: coroutines, kotlinx coroutines
Kotlin Flow: ~flow, kotlin flows
`;
