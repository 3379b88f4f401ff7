import { useTranslation } from 'react-i18next';

/** When a mark was made and by whom ("Done 10:42 · Somchai"), on its own line under the item. */
export function Stamp({ text, by }: { text: string; by: string }) {
  const { t } = useTranslation();
  return <span className="incident-stamp">{by ? t('emergency:stamp.by', { text, name: by }) : text}</span>;
}
