import { Anchor, Table } from "@mantine/core";
import { FormSection } from "../../fields/FormSection";
import { useValuesCheck } from "../../fields/problems";
import { useWizard } from "../../form/use-wizard";
import { goToField } from "../navigation";
import { summaryRows } from "./summary-rows";

export function SummarySection() {
  const { values } = useValuesCheck();
  const release = useWizard((state) => state.release);
  let rows: ReturnType<typeof summaryRows> = [];
  try {
    rows = summaryRows(values, release);
  } catch {
    // Values the schema refuses can lack what the summary reads; the problems below say what.
  }
  return (
    <FormSection title="Summary" description="Click a row to change it.">
      <Table striped withRowBorders={false} verticalSpacing={6} layout="fixed">
        <Table.Tbody>
          {rows.map((row) => (
            <Table.Tr key={row.label}>
              <Table.Th w={180} style={{ verticalAlign: "top" }}>
                <Anchor component="button" type="button" size="sm" fw={600} ta="left" onClick={() => goToField(row.path)}>
                  {row.label}
                </Anchor>
              </Table.Th>
              <Table.Td style={{ overflowWrap: "anywhere" }}>{row.value}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </FormSection>
  );
}
