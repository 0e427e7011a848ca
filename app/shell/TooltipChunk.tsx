// Loaded after the first paint (LazyTooltip.tsx).
import { Tooltip, type TooltipProps } from "@mantine/core";

export default function TooltipChunk(props: TooltipProps) {
  return <Tooltip {...props} />;
}
