// The browser's clipboard and downloads, with the failures a user can act on turned into errors
// that say what to do.

export async function copyText(text: string): Promise<void> {
  if (!navigator.clipboard?.writeText) {
    throw new Error("This browser does not let the page copy (it needs HTTPS or localhost). Use a download instead.");
  }
  try {
    await navigator.clipboard.writeText(text);
  } catch {
    throw new Error("The browser refused to copy to the clipboard. Allow clipboard access for this page, or use a download instead.");
  }
}

export function downloadText(fileName: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: "application/yaml" }));
  const link = document.createElement("a");
  link.href = url;
  link.download = fileName;
  link.style.display = "none";
  document.body.append(link);
  link.click();
  link.remove();
  // The download has started by now; the object URL only has to outlive this task.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
