{{/*
The engine's pod template, shared by the DaemonSet and the StatefulSet. Its TypeScript twin is
src/render/engine-pod.ts.
*/}}

{{/*
A probe from a value and its vendor alias: (dict "probe" $probe "settings" $alias). The alias's
keys win; a handler (exec, httpGet, tcpSocket, grpc) in the alias replaces the probe's; httpGet,
tcpSocket or grpc replaces the default exec handler; a probe without a handler runs
"dagger core version"; "command" (the fork's legacy readinessProbeCommand), when given, is the
exec handler's command. Prints nothing when both are empty.
*/}}
{{- define "dagger-helm.probe" -}}
{{- $handlers := list "exec" "httpGet" "tcpSocket" "grpc" }}
{{- $settings := .settings | default dict }}
{{- $probe := dict }}
{{- range $key, $value := .probe | default dict }}{{ $_ := set $probe $key $value }}{{ end }}
{{- range $handler := $handlers }}
{{- if hasKey $settings $handler }}{{ range $handlers }}{{ $_ := unset $probe . }}{{ end }}{{ end }}
{{- end }}
{{- range $key, $value := $settings }}{{ $_ := set $probe $key $value }}{{ end }}
{{- if $probe }}
{{- if or (hasKey $probe "httpGet") (hasKey $probe "tcpSocket") (hasKey $probe "grpc") }}
{{- $_ := unset $probe "exec" }}
{{- end }}
{{- if not (or (hasKey $probe "exec") (hasKey $probe "httpGet") (hasKey $probe "tcpSocket") (hasKey $probe "grpc")) }}
{{- $_ := set $probe "exec" (dict "command" (list "sh" "-exc" "dagger core version")) }}
{{- end }}
{{- if and $probe.exec .command }}
{{- $_ := set $probe "exec" (merge (dict "command" .command) $probe.exec) }}
{{- end }}
{{- toYaml $probe }}
{{- end }}
{{- end }}

{{/* Top-level nodeSelector or affinity (parent-chart style) under the engine's: engine keys win. */}}
{{- define "dagger-helm.mergeTopLevel" -}}
{{- $merged := dict }}
{{- range $key, $value := .top }}{{ $_ := set $merged $key $value }}{{ end }}
{{- range $key, $value := .engine }}{{ $_ := set $merged $key $value }}{{ end }}
{{- if $merged }}{{ toYaml $merged }}{{ end }}
{{- end }}

{{/* Host directory of a host path volume: its path, or <default>-<fullname>; then the postfix. */}}
{{- define "dagger-helm.hostDir" -}}
{{- $ctx := .ctx }}
{{- .volume.path | default (printf "%s-%s" .default (include "dagger-helm.fullname" $ctx)) }}{{ include "dagger-helm.postfix" $ctx }}
{{- end }}

{{/* The pod's volumes as a YAML list; empty when there are none. */}}
{{- define "dagger-helm.volumes" -}}
{{- $engine := .Values.engine }}
{{- $fullname := include "dagger-helm.fullname" . }}
{{- $hasConfig := or $engine.config $engine.configJson }}
{{- $userData := false }}
{{- range $engine.volumes }}{{ if eq .name "data" }}{{ $userData = true }}{{ end }}{{ end }}
{{- if and $engine.hostPath.dataVolume.enabled (not (include "dagger-helm.dataFromClaim" .)) }}
- name: data
  hostPath:
    path: {{ include "dagger-helm.hostDir" (dict "ctx" . "volume" $engine.hostPath.dataVolume "default" "/var/lib/dagger") | toJson }}
    type: DirectoryOrCreate
{{- else if not (or (include "dagger-helm.dataFromClaim" .) $userData) }}
- name: data
  emptyDir: {}
{{- end }}
{{- if $engine.hostPath.runVolume.enabled }}
- name: run
  hostPath:
    path: {{ include "dagger-helm.hostDir" (dict "ctx" . "volume" $engine.hostPath.runVolume "default" "/run/dagger") | toJson }}
    type: DirectoryOrCreate
{{- end }}
{{- if $hasConfig }}
- name: engine-config
  configMap:
    name: {{ printf "%s-engine-config" $fullname | toJson }}
    items:
      {{- if $engine.config }}
      - key: engine.toml
        path: engine.toml
      {{- end }}
      {{- if $engine.configJson }}
      - key: engine.json
        path: engine.json
      {{- end }}
{{- end }}
{{- with $engine.volumes }}
{{- toYaml . | nindent 0 }}
{{- end }}
{{- end }}

{{- define "dagger-helm.podTemplate" -}}
{{- $engine := .Values.engine }}
{{- $fullname := include "dagger-helm.fullname" . }}
{{- $hasConfig := or $engine.config $engine.configJson }}
{{- $annotations := dict }}
{{- if $hasConfig }}
{{- $_ := set $annotations "checksum/config" (list $engine.config $engine.configJson | toJson | sha256sum) }}
{{- end }}
{{- if .Values.magicache.enabled }}
{{- $_ := set $annotations "checksum/secret" (list .Values.magicache.token .Values.magicache.secretName | toJson | sha256sum) }}
{{- end }}
{{- range $key, $value := $engine.annotations }}{{ $_ := set $annotations $key $value }}{{ end }}
metadata:
  {{- with $annotations }}
  annotations:
    {{- toYaml . | nindent 4 }}
  {{- end }}
  labels:
    {{- include "dagger-helm.podLabels" . | nindent 4 }}
spec:
  serviceAccountName: {{ include "dagger-helm.serviceAccountName" . | toJson }}
  {{- with $engine.securityContext }}
  securityContext:
    {{- toYaml . | nindent 4 }}
  {{- end }}
  {{- with include "dagger-helm.mergeTopLevel" (dict "top" .Values.nodeSelector "engine" $engine.nodeSelector) }}
  nodeSelector:
    {{- . | nindent 4 }}
  {{- end }}
  {{- with include "dagger-helm.mergeTopLevel" (dict "top" .Values.affinity "engine" $engine.affinity) }}
  affinity:
    {{- . | nindent 4 }}
  {{- end }}
  {{- with $engine.tolerations }}
  tolerations:
    {{- toYaml . | nindent 4 }}
  {{- end }}
  {{- with $engine.priorityClassName }}
  priorityClassName: {{ . | toJson }}
  {{- end }}
  {{- with $engine.runtimeClassName }}
  runtimeClassName: {{ . | toJson }}
  {{- end }}
  {{- if $engine.shareProcessNamespace }}
  shareProcessNamespace: true
  {{- end }}
  {{- with $engine.imagePullSecrets }}
  imagePullSecrets:
    {{- toYaml . | nindent 4 }}
  {{- end }}
  terminationGracePeriodSeconds: {{ int64 $engine.terminationGracePeriodSeconds }}
  containers:
    - name: dagger-engine
      image: {{ include "dagger-helm.image" . | toJson }}
      imagePullPolicy: {{ $engine.image.pullPolicy }}
      {{- if or $engine.port $engine.args }}
      args:
        {{- if $engine.port }}
        - --addr
        - {{ printf "tcp://0.0.0.0:%d" (int64 $engine.port) | toJson }}
        - --addr
        - {{ printf "unix://%s/engine.sock" (include "dagger-helm.runMountPath" .) | toJson }}
        {{- end }}
        {{- with $engine.args }}
        {{- toYaml . | nindent 8 }}
        {{- end }}
      {{- end }}
      {{- if or $engine.env .Values.magicache.enabled }}
      env:
        {{- with $engine.env }}
        {{- toYaml . | nindent 8 }}
        {{- end }}
        {{- if .Values.magicache.enabled }}
        - name: _EXPERIMENTAL_DAGGER_CACHESERVICE_URL
          value: {{ .Values.magicache.url | toJson }}
        {{- end }}
      {{- end }}
      {{- if or $engine.envFrom .Values.magicache.enabled }}
      envFrom:
        {{- with $engine.envFrom }}
        {{- toYaml . | nindent 8 }}
        {{- end }}
        {{- if .Values.magicache.enabled }}
        - secretRef:
            name: {{ .Values.magicache.secretName | default (printf "%s-magicache-token" $fullname) | toJson }}
        {{- end }}
      {{- end }}
      {{- if $engine.containerPorts }}
      ports:
        {{- range $engine.containerPorts }}
        - name: {{ .name | toJson }}
          containerPort: {{ int64 .containerPort }}
          protocol: {{ .protocol | default "TCP" }}
          {{- with .hostPort }}
          hostPort: {{ int64 . }}
          {{- end }}
        {{- end }}
      {{- else if $engine.port }}
      ports:
        - name: dagger
          containerPort: {{ int64 $engine.port }}
          protocol: TCP
          {{- with $engine.hostPort }}
          hostPort: {{ int64 . }}
          {{- end }}
      {{- end }}
      {{- with $engine.containerSecurityContext }}
      securityContext:
        {{- toYaml . | nindent 8 }}
      {{- end }}
      {{- with $engine.resources }}
      resources:
        {{- toYaml . | nindent 8 }}
      {{- end }}
      {{- with include "dagger-helm.probe" (dict "probe" $engine.readinessProbe "settings" $engine.readinessProbeSettings "command" $engine.readinessProbeCommand) }}
      readinessProbe:
        {{- . | nindent 8 }}
      {{- end }}
      {{- with include "dagger-helm.probe" (dict "probe" $engine.livenessProbe "settings" $engine.livenessProbeSettings) }}
      livenessProbe:
        {{- . | nindent 8 }}
      {{- end }}
      {{- $lifecycle := dict }}
      {{- range $hook, $handler := $engine.lifecycle }}{{ if $handler }}{{ $_ := set $lifecycle $hook $handler }}{{ end }}{{ end }}
      {{- with $lifecycle }}
      lifecycle:
        {{- toYaml . | nindent 8 }}
      {{- end }}
      volumeMounts:
        - name: data
          mountPath: {{ include "dagger-helm.dataMountPath" . | toJson }}
        {{- if $engine.hostPath.runVolume.enabled }}
        - name: run
          mountPath: {{ include "dagger-helm.runMountPath" . | toJson }}
        {{- end }}
        {{- if $engine.config }}
        - name: engine-config
          mountPath: /etc/dagger/engine.toml
          subPath: engine.toml
        {{- end }}
        {{- if $engine.configJson }}
        - name: engine-config
          mountPath: /etc/dagger/engine.json
          subPath: engine.json
        {{- end }}
        {{- with $engine.volumeMounts }}
        {{- toYaml . | nindent 8 }}
        {{- end }}
    {{- with $engine.sidecars }}
    {{- toYaml . | nindent 4 }}
    {{- end }}
  {{- with include "dagger-helm.volumes" . }}
  volumes:
    {{- /* Only the line break before the first item: the last volume's strings keep their ends. */}}
    {{- . | trimPrefix "\n" | nindent 4 }}
  {{- end }}
{{- end }}
