{{/*
Naming and labels. src/render/names.ts and src/render/labels.ts are the TypeScript twins of
these helpers: change both together.
*/}}

{{/*
Names are cut to 63 characters and lose every trailing '-' (Helm's usual helpers drop only one,
which leaves "a--" cut to "a-", not a valid name).
*/}}

{{/* The chart name, or nameOverride; cut to 63 characters. */}}
{{- define "dagger-helm.name" -}}
{{- regexReplaceAll "-+$" (default .Chart.Name .Values.nameOverride | trunc 63) "" }}
{{- end }}

{{/*
The prefix of every resource name: fullnameOverride, or <release>-<name>, or the release name
alone when it already contains the chart name. Cut to 63 characters (a DNS label).
*/}}
{{- define "dagger-helm.fullname" -}}
{{- if .Values.fullnameOverride }}
{{- regexReplaceAll "-+$" (.Values.fullnameOverride | trunc 63) "" }}
{{- else }}
{{- $name := default .Chart.Name .Values.nameOverride }}
{{- if contains $name .Release.Name }}
{{- regexReplaceAll "-+$" (.Release.Name | trunc 63) "" }}
{{- else }}
{{- regexReplaceAll "-+$" (printf "%s-%s" .Release.Name $name | trunc 63) "" }}
{{- end }}
{{- end }}
{{- end }}

{{/*
The engine workload's name, <fullname>-engine as both upstream charts name it and select its pods
by. Cut so that it stays a valid label value: 63 characters for a DaemonSet, 52 for a StatefulSet
(its controller-revision-hash label appends 11 more).
*/}}
{{- define "dagger-helm.engineName" -}}
{{- $length := ternary 45 56 (eq .Values.engine.kind "StatefulSet") }}
{{- printf "%s-engine" (regexReplaceAll "-+$" (include "dagger-helm.fullname" . | trunc $length) "") }}
{{- end }}

{{/* The chart label: <name>-<version> with '+' made '_'. */}}
{{- define "dagger-helm.chart" -}}
{{- regexReplaceAll "-+$" (printf "%s-%s" .Chart.Name .Chart.Version | replace "+" "_" | trunc 63) "" }}
{{- end }}

{{/*
The engine image: engine.image.ref, else the legacy repository and tag of dagger's chart before
0.13, else the engine release that matches appVersion.
*/}}
{{- define "dagger-helm.image" -}}
{{- $image := .Values.engine.image }}
{{- $image.ref | default (printf "%s:%s" ($image.repository | default "registry.dagger.io/engine") ($image.tag | default (printf "v%s" .Chart.AppVersion))) }}
{{- end }}

{{/* The engine version in use: the image's tag, as a valid label value ("" when it has none). */}}
{{- define "dagger-helm.engineVersion" -}}
{{- $tag := regexFind ":[A-Za-z0-9_][A-Za-z0-9_.-]*$" (regexReplaceAll "@.*$" (include "dagger-helm.image" .) "") | trimPrefix ":" }}
{{- regexReplaceAll "[-_.]+$" ($tag | trunc 63) "" }}
{{- end }}

{{/*
What the DaemonSet or StatefulSet selects its pods by: `name: <fullname>-engine`, as both upstream
charts do. A selector cannot change after install, so this one never gains a label.
*/}}
{{- define "dagger-helm.workloadSelector" -}}
name: {{ include "dagger-helm.engineName" . | toJson }}
{{- end }}

{{/* Labels the Services select this release's engine pods by. */}}
{{- define "dagger-helm.selectorLabels" -}}
app.kubernetes.io/name: {{ include "dagger-helm.name" . | toJson }}
app.kubernetes.io/instance: {{ .Release.Name | toJson }}
app.kubernetes.io/component: engine
{{- end }}

{{/*
The chart's own labels: the selector labels plus chart, version, manager and part-of. They win
over user labels of the same key, so a user label can never break a selector.
*/}}
{{- define "dagger-helm.standardLabels" -}}
{{- $labels := include "dagger-helm.selectorLabels" . | fromYaml }}
{{- $_ := set $labels "helm.sh/chart" (include "dagger-helm.chart" .) }}
{{- $version := include "dagger-helm.engineVersion" . }}
{{- if $version }}
{{- $_ := set $labels "app.kubernetes.io/version" $version }}
{{- end }}
{{- $_ := set $labels "app.kubernetes.io/managed-by" .Release.Service }}
{{- $_ := set $labels "app.kubernetes.io/part-of" (include "dagger-helm.name" .) }}
{{- toYaml $labels }}
{{- end }}

{{/*
Labels for a resource's metadata: top-level labels, then engine.labels, then extra labels passed
as .extra (a Service's own labels), then the chart's. Later ones win.
Call with (dict "ctx" $ "extra" $map).
*/}}
{{- define "dagger-helm.labels" -}}
{{- $ctx := .ctx }}
{{- $labels := dict }}
{{- range $key, $value := $ctx.Values.labels }}{{ $_ := set $labels $key $value }}{{ end }}
{{- range $key, $value := $ctx.Values.engine.labels }}{{ $_ := set $labels $key $value }}{{ end }}
{{- range $key, $value := .extra }}{{ $_ := set $labels $key $value }}{{ end }}
{{- range $key, $value := include "dagger-helm.standardLabels" $ctx | fromYaml }}{{ $_ := set $labels $key $value }}{{ end }}
{{- toYaml $labels }}
{{- end }}

{{/* Labels for the engine's pods: engine.labels, then the chart's, then the workload selector. */}}
{{- define "dagger-helm.podLabels" -}}
{{- $labels := dict }}
{{- range $key, $value := .Values.engine.labels }}{{ $_ := set $labels $key $value }}{{ end }}
{{- range $key, $value := include "dagger-helm.standardLabels" . | fromYaml }}{{ $_ := set $labels $key $value }}{{ end }}
{{- range $key, $value := include "dagger-helm.workloadSelector" . | fromYaml }}{{ $_ := set $labels $key $value }}{{ end }}
{{- toYaml $labels }}
{{- end }}

{{/* The service account the engine runs as. */}}
{{- define "dagger-helm.serviceAccountName" -}}
{{- if .Values.engine.newServiceAccount.create }}
{{- default (include "dagger-helm.fullname" .) .Values.engine.newServiceAccount.name }}
{{- else }}
{{- default "default" .Values.engine.existingServiceAccount.name }}
{{- end }}
{{- end }}

{{/* "-<postfix>" when volumeMountsPostfix is set. */}}
{{- define "dagger-helm.postfix" -}}
{{- if .Values.volumeMountsPostfix }}-{{ .Values.volumeMountsPostfix }}{{ end }}
{{- end }}

{{/* Where the engine keeps its data and its socket, inside the container. */}}
{{- define "dagger-helm.dataMountPath" -}}
/var/lib/dagger{{ include "dagger-helm.postfix" . }}
{{- end }}
{{- define "dagger-helm.runMountPath" -}}
/run/dagger{{ include "dagger-helm.postfix" . }}
{{- end }}

{{/* Whether the engine's data comes from the StatefulSet's volume claim. */}}
{{- define "dagger-helm.dataFromClaim" -}}
{{- if and (eq .Values.engine.kind "StatefulSet") .Values.engine.statefulSet.persistentVolumeClaim.enabled }}true{{ end }}
{{- end }}
