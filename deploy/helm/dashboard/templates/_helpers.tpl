{{/* Names and labels. */}}
{{- define "dashboard.name" -}}
{{- default .Chart.Name .Values.nameOverride | trunc 63 | trimSuffix "-" }}
{{- end }}

{{- define "dashboard.fullname" -}}
{{- if .Values.fullnameOverride }}
{{- .Values.fullnameOverride | trunc 63 | trimSuffix "-" }}
{{- else }}
{{- $name := default .Chart.Name .Values.nameOverride }}
{{- if contains $name .Release.Name }}
{{- .Release.Name | trunc 63 | trimSuffix "-" }}
{{- else }}
{{- printf "%s-%s" .Release.Name $name | trunc 63 | trimSuffix "-" }}
{{- end }}
{{- end }}
{{- end }}

{{- define "dashboard.selectorLabels" -}}
app.kubernetes.io/name: {{ include "dashboard.name" . }}
app.kubernetes.io/instance: {{ .Release.Name }}
{{- end }}

{{- define "dashboard.labels" -}}
helm.sh/chart: {{ printf "%s-%s" .Chart.Name .Chart.Version | replace "+" "_" | trunc 63 | trimSuffix "-" }}
{{ include "dashboard.selectorLabels" . }}
app.kubernetes.io/version: {{ .Chart.AppVersion | quote }}
app.kubernetes.io/managed-by: {{ .Release.Service }}
{{- end }}

{{- define "dashboard.serviceAccountName" -}}
{{- if .Values.serviceAccount.create }}
{{- default (include "dashboard.fullname" .) .Values.serviceAccount.name }}
{{- else }}
{{- default "default" .Values.serviceAccount.name }}
{{- end }}
{{- end }}

{{/* The hardened container security context shared by the app and cloudflared. */}}
{{- define "dashboard.containerSecurityContext" -}}
allowPrivilegeEscalation: false
readOnlyRootFilesystem: true
runAsNonRoot: true
privileged: false
capabilities:
  drop: [ALL]
seccompProfile:
  type: RuntimeDefault
{{- end }}

{{/* Where secret files are mounted; the app reads them through its *File settings. */}}
{{- define "dashboard.secretsDir" -}}/run/secrets/dashboard{{- end }}
{{- define "dashboard.kubeconfigPath" -}}/etc/dashboard/kubeconfig/config{{- end }}

{{/* The existing-Secret references that become files: a list of {secret, key, file, setting}. */}}
{{- define "dashboard.secretFiles" -}}
{{- $files := list }}
{{- with .Values.git.token }}{{ if .existingSecret }}{{ $files = append $files (dict "secret" .existingSecret "key" .key "file" "git-token" "setting" "Dashboard__Git__TokenFile") }}{{ end }}{{ end }}
{{- with .Values.git.webhookSecret }}{{ if .existingSecret }}{{ $files = append $files (dict "secret" .existingSecret "key" .key "file" "git-webhook-secret" "setting" "Dashboard__Git__WebhookSecretFile") }}{{ end }}{{ end }}
{{- with .Values.git.githubApp }}{{ if .existingSecret }}{{ $files = append $files (dict "secret" .existingSecret "key" .key "file" "github-app.pem" "setting" "Dashboard__Git__PrivateKeyFile") }}{{ end }}{{ end }}
{{- with .Values.auth.openIdConnect.clientSecret }}{{ if .existingSecret }}{{ $files = append $files (dict "secret" .existingSecret "key" .key "file" "oidc-client-secret" "setting" "Dashboard__Auth__OpenIdConnect__ClientSecretFile") }}{{ end }}{{ end }}
{{- toJson $files }}
{{- end }}

{{/* Forwarded-header proxies: the configured ones, plus loopback when cloudflared runs in the pod. */}}
{{- define "dashboard.knownProxies" -}}
{{- $proxies := .Values.auth.forwardedHeaders.knownProxies }}
{{- if and .Values.cloudflared.enabled (eq .Values.cloudflared.mode "sidecar") (not (has "127.0.0.1" $proxies)) }}
{{- $proxies = append $proxies "127.0.0.1" }}
{{- end }}
{{- toJson $proxies }}
{{- end }}

{{/* The RBAC resource lists, generated from the code (files/rbac-resources.yaml). */}}
{{- define "dashboard.rbacResources" -}}
{{- .Files.Get "files/rbac-resources.yaml" }}
{{- end }}

{{/* Whether a generated entry's switch (enabledBy: a kubernetes.* value) is on; entries without one always are. Args: root, entry. */}}
{{- define "dashboard.rbacEnabled" -}}
{{- if or (not .entry.enabledBy) (index .root.Values.kubernetes .entry.enabledBy) }}true{{ end }}
{{- end }}

{{/*
Rules for one scope. Args: root context, "namespaced" (true: only namespaced kinds; false: only cluster-scoped kinds;
"all": both), "fetched" (whether to add the get-only kinds, i.e. Secrets; false when rbac.tlsSecretNamespaces narrows them).
Each kind appears only when its switch (enabledBy) is on.
*/}}
{{- define "dashboard.rbacRules" -}}
{{- $root := .root }}
{{- $doc := include "dashboard.rbacResources" $root | fromYaml }}
{{- $rules := list }}
{{- range $doc.watched }}
{{- if and (or (eq (toString $.namespaced) "all") (eq .namespaced $.namespaced)) (include "dashboard.rbacEnabled" (dict "root" $root "entry" .)) }}
{{- $rules = append $rules (dict "apiGroups" (list .apiGroup) "resources" (list .resource) "verbs" (list "get" "list" "watch")) }}
{{- end }}
{{- end }}
{{- if $root.Values.git.reconcileNow }}
{{- range $doc.reconcileNow }}
{{- if or (eq (toString $.namespaced) "all") (eq .namespaced $.namespaced) }}
{{- $rules = append $rules (dict "apiGroups" (list .apiGroup) "resources" (list .resource) "verbs" (list "patch")) }}
{{- end }}
{{- end }}
{{- end }}
{{- if .fetched }}
{{- $rules = concat $rules (include "dashboard.fetchedRules" (dict "root" $root "namespaced" .namespaced) | fromYamlArray) }}
{{- end }}
{{- toYaml $rules }}
{{- end }}

{{/* get on the kinds read by name only (Secrets), those whose switch is on. Args: root, "namespaced" as above. */}}
{{- define "dashboard.fetchedRules" -}}
{{- $root := .root }}
{{- $doc := include "dashboard.rbacResources" $root | fromYaml }}
{{- $rules := list }}
{{- range $doc.fetched }}
{{- if and (or (eq (toString $.namespaced) "all") (eq .namespaced $.namespaced)) (include "dashboard.rbacEnabled" (dict "root" $root "entry" .)) }}
{{- $rules = append $rules (dict "apiGroups" (list .apiGroup) "resources" (list .resource) "verbs" (list "get")) }}
{{- end }}
{{- end }}
{{- toYaml $rules }}
{{- end }}

{{/* The dashboard's own pods (the cloudflared Deployment shares name and instance labels). */}}
{{- define "dashboard.appSelectorLabels" -}}
{{ include "dashboard.selectorLabels" . }}
app.kubernetes.io/component: server
{{- end }}
