"use client";

import { useState } from "react";
import type { ColumnMapping } from "@/lib/import/column-mapping";
import type { ImportKind } from "@/lib/import/import-fields";
import type { ImportPreview, ImportReport } from "@/lib/import/import-result";
import type { Msg } from "@/lib/i18n/message-key";
import { MappingStep } from "./mapping-step";
import { postImport, type ImportUpload } from "./post-import";
import { PreviewStep } from "./preview-step";
import { ReportStep } from "./report-step";
import { UploadStep } from "./upload-step";
import { StepIndicator, type ImportStep } from "./step-indicator";

type Props = { sources: { source: string; kind: ImportKind }[] };

/**
 * The CSV import in four steps. The browser keeps the chosen File and sends it with every request
 * (preview, preview with the edited mapping, import): the server stores nothing between the steps.
 */
export function ImportWizard({ sources }: Props) {
  const [step, setStep] = useState<ImportStep>("upload");
  const [upload, setUpload] = useState<ImportUpload | null>(null);
  // kind and source survive "import another file": the next file usually comes from the same system
  const [choice, setChoice] = useState<{ kind: ImportKind; source: string }>({ kind: "contracts", source: "" });
  const [preview, setPreview] = useState<ImportPreview | null>(null);
  const [mapping, setMapping] = useState<ColumnMapping>({});
  const [report, setReport] = useState<ImportReport | null>(null);
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<Msg | null>(null);

  async function send<T>(stepName: "preview" | "run", request: ImportUpload, then: (data: T) => void) {
    setPending(true);
    setError(null);
    try {
      const outcome = await postImport<T>(stepName, request);
      if (outcome.ok) then(outcome.data);
      else setError(outcome.error);
    } finally {
      setPending(false);
    }
  }

  function checkFile(request: ImportUpload) {
    setChoice({ kind: request.kind, source: request.source });
    void send<ImportPreview>("preview", request, (data) => {
      setUpload(request);
      setPreview(data);
      setMapping(data.mapping);
      setStep("mapping");
    });
  }

  function checkMapping() {
    if (!upload) return;
    void send<ImportPreview>("preview", { ...upload, mapping }, (data) => {
      setPreview(data);
      if (data.mappingProblems.length === 0) setStep("preview");
    });
  }

  function runImport() {
    if (!upload) return;
    void send<ImportReport>("run", { ...upload, mapping }, (data) => {
      setReport(data);
      setStep("report");
    });
  }

  function go(next: ImportStep) {
    setError(null);
    setStep(next);
  }

  function restart() {
    setUpload(null);
    setPreview(null);
    setReport(null);
    setMapping({});
    go("upload");
  }

  return (
    <div className="space-y-5">
      <StepIndicator current={step} />
      <div className="rounded-2xl border border-slate-200 bg-white p-4 sm:p-5">
        {step === "upload" && (
          <UploadStep initial={choice} sources={sources} pending={pending} error={error} onSubmit={checkFile} />
        )}
        {step === "mapping" && preview && upload && (
          <MappingStep
            preview={preview}
            fileName={upload.file.name}
            mapping={mapping}
            pending={pending}
            error={error}
            onChange={setMapping}
            onBack={restart}
            onSubmit={checkMapping}
          />
        )}
        {step === "preview" && preview && (
          <PreviewStep preview={preview} pending={pending} error={error} onBack={() => go("mapping")} onImport={runImport} />
        )}
        {step === "report" && report && <ReportStep report={report} onAgain={restart} />}
      </div>
    </div>
  );
}
