interface ProgressBarProps {
  label: string;
  value: number;
  max: number;
}

export function ProgressBar({ label, value, max }: ProgressBarProps) {
  return (
    <div className="progress">
      <span className="progress-label">{label}</span>
      <progress value={value} max={max} aria-label={label} />
    </div>
  );
}
