import { useTranslation } from 'react-i18next';
import type { LanguageCode } from '../../i18n';
import type { PdfStage } from '../../pdf/worker-protocol';
import { PdfAction, PdfUnprintableNotice } from '../../ui/PdfResult';
import { FontsNow } from './FontsNow';
import { UnprintableFields } from './UnprintableFields';
import type { PdfJobState } from './use-pdf-job';

interface PdfJobActionProps {
  state: PdfJobState<PdfStage | 'start', object>;
  label: string;
  readyText: string;
  disabled?: boolean;
  /** The languages the PDF is printed in, whose fonts may have to be downloaded first. */
  languages: readonly LanguageCode[];
  /** Makes the PDF again, once missing fonts have been downloaded. */
  onRetry: () => void;
}

/** The one-tap download of a print screen's PDF: the worker's stage next to the button, and "Download the fonts now" when they are missing. */
export function PdfJobAction({ state, label, readyText, disabled, languages, onRetry }: PdfJobActionProps) {
  const { t } = useTranslation('common');
  const stage = state.status === 'working' ? state.progress : null;
  return (
    <PdfAction
      state={state}
      label={label}
      readyText={readyText}
      workingText={t(stage === 'layout' ? 'print.stageLayout' : 'print.stageFonts')}
      disabled={disabled}
      fontsHelp={<FontsNow languages={languages} onReady={onRetry} />}
    />
  );
}

/** Characters no font can draw, with the questions of `plan` that hold them, and the choice to print anyway. */
export function PdfJobUnprintable({ state, plan, onPrintAnyway }: { state: PdfJobState<unknown, object>; plan: unknown; onPrintAnyway: () => void }) {
  return (
    <PdfUnprintableNotice state={state} onPrintAnyway={onPrintAnyway}>
      {state.status === 'unprintable' ? <UnprintableFields plan={plan} characters={state.characters} /> : null}
    </PdfUnprintableNotice>
  );
}
