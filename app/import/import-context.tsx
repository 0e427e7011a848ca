// Opening the import dialog from anywhere (the header's button, a file dropped on the page). The
// dialog itself loads only when first opened, so the first load stays small.
import { createContext, lazy, Suspense, use, useCallback, useMemo, useState, type ReactNode } from "react";
import { DropOverlay } from "./DropOverlay";

const ImportDialog = lazy(() => import("./ImportDialog"));

interface TImportApi {
  /** Opens the dialog, with a file's contents already in it when given. */
  open: (file?: File) => void;
}

const ImportContext = createContext<TImportApi | null>(null);

export function ImportProvider({ children }: { children: ReactNode }) {
  const [opened, setOpened] = useState(false);
  const [file, setFile] = useState<File | undefined>(undefined);
  const open = useCallback((picked?: File) => {
    setFile(picked);
    setOpened(true);
  }, []);
  const api = useMemo(() => ({ open }), [open]);
  return (
    <ImportContext value={api}>
      {children}
      <DropOverlay onFile={open} />
      {opened && (
        <Suspense fallback={null}>
          <ImportDialog file={file} onClose={() => setOpened(false)} />
        </Suspense>
      )}
    </ImportContext>
  );
}

export function useImport(): TImportApi {
  const api = use(ImportContext);
  if (!api) throw new Error("useImport needs an ImportProvider above it");
  return api;
}
