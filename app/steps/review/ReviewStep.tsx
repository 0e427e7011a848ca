import { Stack } from "@mantine/core";
import { FormSection } from "../../fields/FormSection";
import { ProblemList } from "./ProblemList";
import { SummarySection } from "./SummarySection";

export function ReviewStep() {
  return (
    <Stack gap="md">
      <FormSection title="Problems and warnings" description="Each links to its field.">
        <ProblemList />
      </FormSection>
      <SummarySection />
    </Stack>
  );
}
