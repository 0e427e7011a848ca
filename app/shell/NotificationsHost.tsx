// Loaded after the first paint (App.tsx): where notifications appear. Notifications shown before
// it has loaded wait in Mantine's store and appear when it has.
import { Notifications } from "@mantine/notifications";

export default function NotificationsHost() {
  return <Notifications position="bottom-left" limit={4} />;
}
