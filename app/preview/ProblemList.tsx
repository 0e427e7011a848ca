// What stops Helm from rendering the current values: each problem with the key it is about and a
// way to jump to the field that sets it.
import { Alert, Anchor, List, Text } from "@mantine/core";
import { IconAlertTriangle } from "@tabler/icons-react";
import type { ValuesProblem } from "../../src";
import { goToField } from "../steps/navigation";

export function ProblemList({ problems }: { problems: ValuesProblem[] }) {
  return (
    <Alert
      color="red"
      variant="light"
      icon={<IconAlertTriangle aria-hidden />}
      title={problems.length === 1 ? "1 problem stops Helm from rendering" : `${problems.length} problems stop Helm from rendering`}
      role="alert"
    >
      <List size="sm" spacing={4}>
        {problems.map((problem, index) => (
          <List.Item key={`${problem.path}-${index}`}>
            <Text size="sm" component="span">
              {problem.message}
            </Text>{" "}
            {problem.path && (
              <Anchor component="button" type="button" size="sm" onClick={() => goToField(problem.path)}>
                Go to {problem.path}
              </Anchor>
            )}
          </List.Item>
        ))}
      </List>
    </Alert>
  );
}
