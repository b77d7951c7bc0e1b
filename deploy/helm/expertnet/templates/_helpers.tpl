{{/* The release's base name, at most 40 characters so component suffixes fit in 63. */}}
{{- define "expertnet.fullname" -}}
{{- if contains .Chart.Name .Release.Name -}}
{{- .Release.Name | trunc 40 | trimSuffix "-" -}}
{{- else -}}
{{- printf "%s-%s" .Release.Name .Chart.Name | trunc 40 | trimSuffix "-" -}}
{{- end -}}
{{- end -}}

{{/* A component's resource name: <fullname>-<component>. Call with (list $ "component"). */}}
{{- define "expertnet.name" -}}
{{- printf "%s-%s" (include "expertnet.fullname" (index . 0)) (index . 1) -}}
{{- end -}}

{{/* Labels on every object; call with (list $ "component"). */}}
{{- define "expertnet.labels" -}}
{{- $ := index . 0 -}}
helm.sh/chart: {{ printf "%s-%s" $.Chart.Name $.Chart.Version | replace "+" "_" }}
app.kubernetes.io/part-of: expertnet
app.kubernetes.io/managed-by: {{ $.Release.Service }}
app.kubernetes.io/version: {{ $.Chart.AppVersion | quote }}
{{ include "expertnet.selectorLabels" . }}
{{- end -}}

{{/* Selector labels; call with (list $ "component"). */}}
{{- define "expertnet.selectorLabels" -}}
app.kubernetes.io/name: expertnet
app.kubernetes.io/instance: {{ (index . 0).Release.Name }}
app.kubernetes.io/component: {{ index . 1 }}
{{- end -}}

{{/* An ExpertNet image: <registry>/<name>:<tag>. Call with (list $ "name"). */}}
{{- define "expertnet.image" -}}
{{- $ := index . 0 -}}
{{- printf "%s/%s:%s" $.Values.image.registry (index . 1) (default $.Chart.AppVersion $.Values.image.tag) -}}
{{- end -}}

{{/* A NetworkPolicy peer: the pods of one component of this release. */}}
{{- define "expertnet.peer" -}}
- podSelector:
    matchLabels:
      {{- include "expertnet.selectorLabels" . | nindent 6 }}
{{- end -}}

{{/* The peer of the ingress controller's namespace. */}}
{{- define "expertnet.ingressControllerPeer" -}}
- namespaceSelector:
    matchLabels:
      kubernetes.io/metadata.name: {{ .Values.networkPolicy.ingressControllerNamespace }}
{{- end -}}

{{/* Environment every ExpertNet process shares: telemetry and logging. Call with (list $ "name"). */}}
{{- define "expertnet.commonEnv" -}}
{{- $ := index . 0 -}}
- name: OTEL_SERVICE_NAME
  value: {{ index . 1 | quote }}
{{- if $.Values.otelCollector.enabled }}
- name: OTEL_EXPORTER_OTLP_ENDPOINT
  value: {{ printf "http://%s:4318" (include "expertnet.name" (list $ "otel-collector")) | quote }}
- name: OTEL_EXPORTER_OTLP_PROTOCOL
  value: http/protobuf
{{- end }}
- name: LOG_LEVEL
  value: {{ $.Values.platform.logLevel | quote }}
- name: KEYCLOAK_ISSUER
  value: {{ $.Values.platform.keycloakIssuer | quote }}
- name: KEYCLOAK_AUDIENCE
  value: {{ $.Values.platform.keycloakAudience | quote }}
{{- end -}}

{{/*
  Egress to Keycloak: its pods directly, and the ingress controller, through which the realm's
  public issuer URL (KEYCLOAK_ISSUER, whose JWKS the services fetch) is reached.
*/}}
{{- define "expertnet.keycloakEgress" -}}
- to:
    {{- include "expertnet.peer" (list $ "keycloak") | nindent 4 }}
  ports:
    - { protocol: TCP, port: 8080 }
- to:
    {{- include "expertnet.ingressControllerPeer" . | nindent 4 }}
  ports:
    - { protocol: TCP, port: 443 }
    - { protocol: TCP, port: 80 }
{{- end -}}
