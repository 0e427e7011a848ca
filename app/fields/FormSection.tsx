import { Paper, Stack, Text, Title } from "@mantine/core";
import type { ReactNode } from "react";

export interface TFormSectionProps {
  title: string;
  description?: ReactNode;
  children: ReactNode;
}

/** One titled group of fields in a step. */
export function FormSection({ title, description, children }: TFormSectionProps) {
  return (
    <Paper withBorder p="md" radius="md" component="section" aria-label={title}>
      <Stack gap="sm">
        <div>
          <Title order={3} size="h4">
            {title}
          </Title>
          {description && (
            <Text size="sm" c="dimmed" mt={2}>
              {description}
            </Text>
          )}
        </div>
        {children}
      </Stack>
    </Paper>
  );
}
