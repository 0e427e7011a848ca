{{/*
Checks that span several values, which the JSON schema cannot express. Each message names the
key and the fix. src/render/validate-rules.ts is the TypeScript twin and uses the same wording.
*/}}
{{- define "dagger-helm.validateValues" -}}
{{- $messages := list }}
{{- /* Keys no version of dagger's chart or the fork had; values.schema.json lets them through to this message. */}}
{{- $moved := list
  (list .Values "image" "image" "engine.image.ref")
  (list .Values "persistentVolumeClaim" "persistentVolumeClaim" "engine.statefulSet.persistentVolumeClaim")
  (list .Values "privileged" "privileged" "engine.containerSecurityContext.privileged")
  (list .Values "envFromSecretName" "envFromSecretName" "engine.envFrom")
  (list .Values.engine "privileged" "engine.privileged" "engine.containerSecurityContext.privileged")
  (list .Values.engine "envFromSecretName" "engine.envFromSecretName" "engine.envFrom")
  (list .Values.engine.image "args" "engine.image.args" "engine.args") }}
{{- range $moved }}
{{- if hasKey (index . 0) (index . 1) }}
{{- $messages = append $messages (printf "%s: not a value of this chart; use %s instead" (index . 2) (index . 3)) }}
{{- end }}
{{- end }}
{{- $engine := .Values.engine }}
{{- $magicache := .Values.magicache }}
{{- if and $magicache.enabled (not $magicache.token) (not $magicache.secretName) }}
{{- $messages = append $messages "magicache.enabled is true but neither magicache.token nor magicache.secretName is set: set one of them, or set magicache.enabled to false" }}
{{- end }}
{{- $statefulSet := $engine.statefulSet }}
{{- if and (eq $engine.kind "StatefulSet") (gt (int64 $statefulSet.replicas) 1) (not $statefulSet.persistentVolumeClaim.enabled) $engine.hostPath.dataVolume.enabled }}
{{- $messages = append $messages (printf "engine.statefulSet.replicas is %d but the engines keep their data on a host path (engine.hostPath.dataVolume.enabled): engines on one node would share it. Enable engine.statefulSet.persistentVolumeClaim, or set engine.statefulSet.replicas to 1" (int64 $statefulSet.replicas)) }}
{{- end }}
{{- if and $engine.hostPort (not $engine.port) }}
{{- $messages = append $messages "engine.hostPort is set but engine.port is not: set engine.port, or remove engine.hostPort" }}
{{- else if and $engine.hostPort $engine.containerPorts }}
{{- $messages = append $messages "engine.hostPort applies to the single 'dagger' port, which engine.containerPorts replaces: set hostPort on the entries of engine.containerPorts instead" }}
{{- end }}
{{- /* The API server refuses a limit below its request; amounts compared as floats, as src/values/quantity-value.ts does. */}}
{{- $resources := $engine.resources | default dict }}
{{- $limits := $resources.limits | default dict }}
{{- $requests := $resources.requests | default dict }}
{{- range $name, $limit := $limits }}
{{- $request := index $requests $name }}
{{- if and (not (kindIs "invalid" $limit)) (not (kindIs "invalid" $request)) }}
{{- if lt (include "dagger-helm.quantityValue" $limit | float64) (include "dagger-helm.quantityValue" $request | float64) }}
{{- $messages = append $messages (printf "engine.resources.limits.%s is below engine.resources.requests.%s: the API server refuses a limit below its request. Raise the limit, or lower the request" $name $name) }}
{{- end }}
{{- end }}
{{- end }}
{{- if and .Values.additionalResources.roleBinding.create (not .Values.additionalResources.role.create) }}
{{- $messages = append $messages "additionalResources.roleBinding.create is true but additionalResources.role.create is false: the binding would name a Role that does not exist. Set additionalResources.role.create to true" }}
{{- end }}
{{- $defaultExec := dict "command" (list "sh" "-exc" "dagger core version") | toJson }}
{{- range $probe := list "readinessProbe" "livenessProbe" }}
{{- range $key := list $probe (printf "%sSettings" $probe) }}
{{- $value := get $engine $key | default dict }}
{{- $handlers := list }}
{{- range $handler := list "exec" "httpGet" "tcpSocket" "grpc" }}
{{- if and (hasKey $value $handler) (not (and (eq $handler "exec") (eq (get $value "exec" | toJson) $defaultExec))) }}
{{- $handlers = append $handlers $handler }}
{{- end }}
{{- end }}
{{- if gt (len $handlers) 1 }}
{{- $messages = append $messages (printf "engine.%s has more than one handler (%s): keep one of exec, httpGet, tcpSocket, grpc" $key (join ", " $handlers)) }}
{{- end }}
{{- end }}
{{- end }}
{{- $discovery := .Values.additionalResources.service }}
{{- if and $discovery.create (or $engine.port $engine.containerPorts) (eq $discovery.name (include "dagger-helm.fullname" .)) }}
{{- $messages = append $messages (printf "additionalResources.service.name %q is also the name of the engine's Service, which engine.port or engine.containerPorts creates: choose another name" $discovery.name) }}
{{- end }}
{{- $chartVolumes := dict }}
{{- if or $engine.hostPath.dataVolume.enabled (include "dagger-helm.dataFromClaim" .) }}
{{- $_ := set $chartVolumes "data" "engine.hostPath.dataVolume.enabled and engine.statefulSet.persistentVolumeClaim.enabled to false" }}
{{- end }}
{{- if $engine.hostPath.runVolume.enabled }}{{ $_ := set $chartVolumes "run" "engine.hostPath.runVolume.enabled to false" }}{{ end }}
{{- if or $engine.config $engine.configJson }}{{ $_ := set $chartVolumes "engine-config" "engine.config and engine.configJson to empty" }}{{ end }}
{{- $volumes := list }}
{{- range $index, $volume := $engine.volumes }}
{{- if hasKey $chartVolumes $volume.name }}
{{- $messages = append $messages (printf "engine.volumes[%d].name %q is the chart's own volume: choose another name, or set %s" $index $volume.name (get $chartVolumes $volume.name)) }}
{{- else if has $volume.name $volumes }}
{{- $messages = append $messages (printf "engine.volumes[%d].name %q is used twice: volume names must be unique" $index $volume.name) }}
{{- end }}
{{- $volumes = append $volumes $volume.name }}
{{- end }}
{{- $mountable := list "data" }}
{{- if $engine.hostPath.runVolume.enabled }}{{ $mountable = append $mountable "run" }}{{ end }}
{{- if or $engine.config $engine.configJson }}{{ $mountable = append $mountable "engine-config" }}{{ end }}
{{- range $engine.volumes }}{{ $mountable = append $mountable .name }}{{ end }}
{{- $paths := list (include "dagger-helm.dataMountPath" .) }}
{{- if $engine.hostPath.runVolume.enabled }}{{ $paths = append $paths (include "dagger-helm.runMountPath" .) }}{{ end }}
{{- if $engine.config }}{{ $paths = append $paths "/etc/dagger/engine.toml" }}{{ end }}
{{- if $engine.configJson }}{{ $paths = append $paths "/etc/dagger/engine.json" }}{{ end }}
{{- range $index, $mount := $engine.volumeMounts }}
{{- if not (has $mount.name $mountable) }}
{{- $messages = append $messages (printf "engine.volumeMounts[%d].name %q matches no volume: add it to engine.volumes, or correct the name" $index $mount.name) }}
{{- end }}
{{- if has $mount.mountPath $paths }}
{{- $messages = append $messages (printf "engine.volumeMounts[%d].mountPath %q is already mounted in the engine container: choose another path" $index $mount.mountPath) }}
{{- end }}
{{- $paths = append $paths $mount.mountPath }}
{{- end }}
{{- $containers := list "dagger-engine" }}
{{- range $index, $sidecar := $engine.sidecars }}
{{- if has $sidecar.name $containers }}
{{- $messages = append $messages (printf "engine.sidecars[%d].name %q is already a container of the pod: choose another name" $index $sidecar.name) }}
{{- end }}
{{- $containers = append $containers $sidecar.name }}
{{- range $mountIndex, $mount := $sidecar.volumeMounts }}
{{- if not (has $mount.name $mountable) }}
{{- $messages = append $messages (printf "engine.sidecars[%d].volumeMounts[%d].name %q matches no volume: add it to engine.volumes, or correct the name" $index $mountIndex $mount.name) }}
{{- end }}
{{- end }}
{{- end }}
{{- $envNames := list }}
{{- range $index, $variable := $engine.env }}
{{- if has $variable.name $envNames }}
{{- $messages = append $messages (printf "engine.env[%d].name %q is used twice: environment variable names must be unique (Helm 4 applies server-side and refuses duplicates)" $index $variable.name) }}
{{- else if and $magicache.enabled (eq $variable.name "_EXPERIMENTAL_DAGGER_CACHESERVICE_URL") }}
{{- $messages = append $messages (printf "engine.env[%d].name %q is also set by magicache.enabled: remove it from engine.env, or set magicache.url instead" $index $variable.name) }}
{{- end }}
{{- $envNames = append $envNames $variable.name }}
{{- end }}
{{- $portNames := list }}
{{- $portNumbers := list }}
{{- range $index, $port := $engine.containerPorts }}
{{- if has $port.name $portNames }}
{{- $messages = append $messages (printf "engine.containerPorts[%d].name %q is used twice: port names must be unique" $index $port.name) }}
{{- end }}
{{- if has (int64 $port.containerPort) $portNumbers }}
{{- $messages = append $messages (printf "engine.containerPorts[%d].containerPort %d is used twice: ports must be unique" $index (int64 $port.containerPort)) }}
{{- end }}
{{- $portNames = append $portNames $port.name }}
{{- $portNumbers = append $portNumbers (int64 $port.containerPort) }}
{{- end }}
{{- if $messages }}
{{- printf "\nVALUES VALIDATION:\n%s" (join "\n" $messages) | fail }}
{{- end }}
{{- end }}

{{/*
The amount of a Kubernetes quantity (a number, or text such as 250m, 512Mi, 1e3) in its base
unit, printed as a float: 250m → 0.25. src/values/quantity-value.ts is the TypeScript twin.
*/}}
{{- define "dagger-helm.quantityValue" -}}
{{- if kindIs "string" . -}}
{{- $number := regexFind "^\\+?([0-9]+(\\.[0-9]*)?|\\.[0-9]+)" . -}}
{{- $suffix := trimPrefix $number . -}}
{{- $binary := dict "Ki" 1024.0 "Mi" 1048576.0 "Gi" 1073741824.0 "Ti" 1099511627776.0 "Pi" 1125899906842624.0 "Ei" 1152921504606846976.0 -}}
{{- $decimal := dict "" "0" "n" "-9" "u" "-6" "m" "-3" "k" "3" "M" "6" "G" "9" "T" "12" "P" "15" "E" "18" -}}
{{- if hasKey $binary $suffix -}}
{{- mulf (float64 $number) (get $binary $suffix) -}}
{{- else if regexMatch "^[eE][-+]?[0-9]+$" $suffix -}}
{{- printf "%s%s" $number $suffix | float64 -}}
{{- else -}}
{{- printf "%se%s" $number (get $decimal $suffix) | float64 -}}
{{- end -}}
{{- else -}}
{{- float64 . -}}
{{- end -}}
{{- end }}
