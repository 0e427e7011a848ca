// Loaded after the first paint (App.tsx): where notifications appear. Notifications shown before
// it has loaded wait in Mantine's store and appear when it has.
// At most two at a time over the form; the rest wait their turn.
import { Notifications } from "@mantine/notifications";

export default function NotificationsHost() {
  return <Notifications position="bottom-left" limit={2} />;
}
