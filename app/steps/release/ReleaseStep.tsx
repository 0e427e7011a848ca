import { Stack } from "@mantine/core";
import { FormSection } from "../../fields/FormSection";
import { ImageSection } from "./ImageSection";
import { NamingSection } from "./NamingSection";
import { ReleaseSection } from "./ReleaseSection";

export function ReleaseStep() {
  return (
    <Stack gap="md">
      <FormSection title="Helm release" description="The name and namespace you will give helm install; the preview renders with them.">
        <ReleaseSection />
      </FormSection>
      <ImageSection />
      <NamingSection />
    </Stack>
  );
}
