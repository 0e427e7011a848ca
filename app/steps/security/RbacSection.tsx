import { Button, Code, Stack, Text } from "@mantine/core";
import { IconPlus } from "@tabler/icons-react";
import { FormSection } from "../../fields/FormSection";
import { SwitchField } from "../../fields/SwitchField";
import { useValue } from "../../fields/use-value";
import { WarningList } from "../../fields/WarningList";
import { RuleRow, type TPolicyRule } from "./RuleRow";

const RULES = "additionalResources.role.rules";

export function RbacSection() {
  const [roleCreate] = useValue<boolean>("additionalResources.role.create");
  const [rules, setRules] = useValue<TPolicyRule[]>(RULES);
  const list = rules ?? [];
  return (
    <FormSection title="Role and RoleBinding" description="Permissions in the release's namespace for the engine's service account, for pipelines that talk to the Kubernetes API.">
      <SwitchField path="additionalResources.role.create" label="Create a Role" />
      {roleCreate && (
        <Stack gap="xs">
          <Text size="sm">
            The Role grants these rules (<Code>""</Code> is the core API group: pods, services, secrets):
          </Text>
          {list.map((rule, index) => (
            <RuleRow
              key={index}
              index={index}
              rule={rule}
              onChange={(next) => setRules(list.map((old, i) => (i === index ? next : old)))}
              onRemove={() => setRules(list.filter((_, i) => i !== index))}
            />
          ))}
          <Button variant="light" size="xs" leftSection={<IconPlus size={14} />} style={{ alignSelf: "flex-start" }} onClick={() => setRules([...list, { apiGroups: [""], resources: ["pods"], verbs: ["get", "list", "watch"] }])}>
            Add rule
          </Button>
        </Stack>
      )}
      <SwitchField path="additionalResources.roleBinding.create" label="Bind the Role to the engine's service account" />
      <WarningList prefixes={["additionalResources.role", "additionalResources.roleBinding"]} />
    </FormSection>
  );
}
