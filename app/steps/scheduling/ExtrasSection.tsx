import { FormSection } from "../../fields/FormSection";
import { YamlField } from "../../fields/YamlField";

export function ExtrasSection() {
  return (
    <FormSection title="Extra volumes, mounts and sidecars" description="Appended to the pod as written (Kubernetes objects in YAML). A mount must name a volume of the pod.">
      <YamlField path="engine.volumes" label="Extra volumes (YAML)" shape="list" placeholder={"- name: certs\n  secret:\n    secretName: registry-ca"} />
      <YamlField path="engine.volumeMounts" label="Extra volume mounts (YAML)" shape="list" placeholder={"- name: certs\n  mountPath: /etc/ssl/certs/registry-ca\n  readOnly: true"} />
      <YamlField path="engine.sidecars" label="Sidecar containers (YAML)" shape="list" placeholder={"- name: metrics\n  image: prom/node-exporter:v1.8.2"} />
    </FormSection>
  );
}
