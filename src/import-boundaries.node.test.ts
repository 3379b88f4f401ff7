/**
 * The import rule of eslint.config.js (eslint/import-boundaries.js) catches what it promises: a forbidden folder
 * by any path (deeper, from the project root, through a dynamic import() or a re-export), React where there is
 * none, and one feature folder reaching into another's internals instead of through its doors.
 */
import { ESLint } from 'eslint';
import { beforeAll, describe, expect, it } from 'vitest';

const eslint = new ESLint();

// The first lint loads the configuration and the TypeScript parser: seconds on a busy machine.
beforeAll(() => eslint.lintText('', { filePath: 'src/ui/Card.tsx' }), 60_000);

async function problems(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).filter((message) => message.ruleId === 'bcp/import-boundaries').map((message) => message.message);
}

describe('the import directions between the folders of src/', () => {
  it('refuses a forbidden folder however it is named', async () => {
    expect(await problems('src/ui/Card.tsx', "import { PlanDocument } from '../pdf/document/PlanDocument';\n")).toHaveLength(1);
    expect(await problems('src/ui/cards/Card.tsx', "import { PlanDocument } from '../../pdf/document/PlanDocument';\n")).toHaveLength(1);
    expect(await problems('src/ui/Card.tsx', "import { PlanDocument } from 'src/pdf/document/PlanDocument';\n")).toHaveLength(1);
    expect(await problems('src/ui/Card.tsx', "export { PlanDocument } from '../pdf/document/PlanDocument';\n")).toHaveLength(1);
    expect(await problems('src/domain/plan.ts', "export const load = () => import('../persistence/plan-file');\n")).toEqual([
      "src/domain must not import from src/persistence ('../persistence/plan-file'; see shared/design.md).",
    ]);
  });

  it('lets a folder import the folders the design allows, at any depth', async () => {
    expect(await problems('src/ui/Card.tsx', "import { formatDate } from '../i18n/format';\nimport type { Plan } from '../domain';\n")).toEqual([]);
    expect(await problems('src/app/printing/X.tsx', "export const load = () => import('../../pdf/document/PlanDocument');\n")).toEqual([]);
  });

  it('keeps React out of domain and persistence, and React DOM out of pdf, also when loaded later', async () => {
    expect(await problems('src/domain/plan.ts', "import { useState } from 'react';\n")).toHaveLength(1);
    expect(await problems('src/persistence/autosave.ts', "export const load = () => import('react-dom/client');\n")).toHaveLength(1);
    expect(await problems('src/pdf/render.ts', "import { useTranslation } from 'react-i18next';\n")).toHaveLength(1);
    expect(await problems('src/pdf/render.ts', "import { Document } from '@react-pdf/renderer';\n")).toEqual([]);
  });
});

describe('the feature folders of src/app', () => {
  it("reach each other only through the other folder's doors", async () => {
    expect(await problems('src/app/review/ReviewPage.tsx', "import { useEditor } from '../editor/editor-context';\n")).toEqual([]);
    const [problem] = await problems('src/app/review/ReviewPage.tsx', "import { sameContent } from '../editor/PlanEditor';\n");
    expect(problem).toMatch(/^src\/app\/review may import from src\/app\/editor only through its doors \(PlanEditorScreens, editor-context/);
    expect(await problems('src/app/shell/App.tsx', "const Print = () => import('../printing/worker-requests');\n")).toHaveLength(1);
    expect(await problems('src/app/printing/PrintPage.tsx', "import { renderInWorker } from './pdf-client';\n")).toEqual([]);
  });
});
