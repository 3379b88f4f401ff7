import type { TFunction } from 'i18next';
import type { FirstAction, Hazard, Incident, Plan } from '../../domain';
import { formatDateTime, formatTime } from '../../i18n';

/** A hazard as the plan names it: the owner's words for "other", else the hazard's name. */
export function hazardName(hazard: Hazard, t: TFunction): string {
  return hazard.code === 'other' && hazard.label.trim() ? hazard.label : t(`options:hazard.${hazard.code ?? 'other'}`);
}

/** A first action as step 6 lists it: the owner's words for their own action, else the action's name. */
export function firstActionName(action: FirstAction, t: TFunction): string {
  if (action.code === 'custom') return action.text.trim() || t('options:firstAction.custom');
  return t(`options:firstAction.${action.code}`);
}

/** What an incident is about: its hazard, or the line typed for "something else". */
export function incidentTitle(plan: Plan, incident: Incident, t: TFunction): string {
  const hazard = incident.hazardId ? plan.hazards.find((candidate) => candidate.id === incident.hazardId) : undefined;
  if (hazard) return hazardName(hazard, t);
  if (incident.description.trim()) return incident.description;
  if (incident.kind === 'exercise' && incident.exerciseType) return t(`options:exerciseType.${incident.exerciseType}`);
  return t('emergency:start.somethingElse');
}

/** How long since `from`, in words: "2 h 5 min", with the days beyond a day. */
export function elapsed(from: string, now: Date, t: TFunction): string {
  return elapsedClock(now.getTime() - new Date(from).getTime(), t);
}

/** A span of time in minutes ("25 min"), hours and minutes ("2 h 5 min"), with the days beyond a day ("3 days 2 h 5 min"). */
export function elapsedClock(milliseconds: number, t: TFunction): string {
  const minutes = Math.max(0, Math.floor(milliseconds / 60_000));
  const days = Math.floor(minutes / (24 * 60));
  const hours = Math.floor((minutes % (24 * 60)) / 60);
  const clock =
    days === 0 && hours === 0
      ? t('emergency:clock.minutes', { minutes })
      : t('emergency:clock.hoursMinutes', { hours, minutes: minutes % 60 });
  return days > 0 ? t('emergency:clock.daysAndTime', { days: t('common:units.days', { count: days }), time: clock }) : clock;
}

/** When a mark was made: the time alone on the day the incident started, the date as well on a later day. */
export function formatMoment(at: string, incident: Incident, language: string): string {
  const sameDay = new Date(at).toDateString() === new Date(incident.startedAt).toDateString();
  return sameDay ? formatTime(at, language) : formatDateTime(at, language);
}
