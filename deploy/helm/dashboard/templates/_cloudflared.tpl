{{/* The cloudflared container; the tunnel's public hostname (set in Cloudflare Zero Trust) points at the dashboard. */}}
{{- define "dashboard.cloudflaredContainer" -}}
- name: cloudflared
  image: "{{ .Values.cloudflared.image.repository }}:{{ .Values.cloudflared.image.tag }}"
  imagePullPolicy: {{ .Values.cloudflared.image.pullPolicy }}
  args: [tunnel, --no-autoupdate, --metrics, "0.0.0.0:2000", run]
  env:
    - name: TUNNEL_TOKEN
      valueFrom:
        secretKeyRef:
          name: {{ required "cloudflared.tokenSecret.name is required when cloudflared.enabled" .Values.cloudflared.tokenSecret.name }}
          key: {{ .Values.cloudflared.tokenSecret.key }}
  ports:
    - name: metrics
      containerPort: 2000
      protocol: TCP
  livenessProbe:
    httpGet:
      path: /ready
      port: metrics
    initialDelaySeconds: 10
    periodSeconds: 20
    failureThreshold: 3
  securityContext:
    {{- include "dashboard.containerSecurityContext" . | nindent 4 }}
    # The image's user (nonroot) is a name; runAsNonRoot needs the number.
    runAsUser: 65532
    runAsGroup: 65532
  resources:
    {{- toYaml .Values.cloudflared.resources | nindent 4 }}
{{- end }}
