import { useId, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';

export interface PickerChoice {
  value: string;
  label: string;
}

interface ChoicePickerProps {
  id: string;
  /** What the chosen records are (the field's label), naming the list of chips. */
  label: string;
  choices: readonly PickerChoice[];
  selected: readonly string[];
  describedBy: string;
  invalid: boolean;
  onChange: (value: string[]) => void;
  onBlur: () => void;
}

/**
 * A multiple choice from a long list (the staff): the chosen records as chips, each removable, and a search box
 * that offers the others as you type (a combobox: arrow keys move, Enter adds, Escape closes).
 */
export function ChoicePicker({ id, label, choices, selected, describedBy, invalid, onChange, onBlur }: ChoicePickerProps) {
  const { t } = useTranslation();
  const listId = useId();
  const input = useRef<HTMLInputElement>(null);
  const chips = useRef<HTMLUListElement>(null);
  const [query, setQuery] = useState('');
  const [expanded, setExpanded] = useState(false);
  const [active, setActive] = useState(0);

  const chosen = selected.map((value) => choices.find((choice) => choice.value === value) ?? { value, label: value });
  const search = query.trim().toLocaleLowerCase();
  const offered = choices.filter((choice) => !selected.includes(choice.value) && choice.label.toLocaleLowerCase().includes(search));
  const activeIndex = Math.min(active, offered.length - 1);
  const optionId = (index: number) => `${listId}-${index}`;

  const add = (value: string) => {
    onChange([...selected, value]);
    setQuery('');
    setActive(0);
  };

  const removeAt = (index: number) => {
    onChange(selected.filter((_, position) => position !== index));
    // Focus stays in the picker: on the chip that takes the removed one's place, else in the search box.
    requestAnimationFrame(() => {
      const buttons = chips.current?.querySelectorAll('button');
      const next = buttons?.[Math.min(index, buttons.length - 1)];
      (next ?? input.current)?.focus();
    });
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      if (!expanded) {
        setExpanded(true);
        setActive(0);
        return;
      }
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setActive(offered.length ? (activeIndex + step + offered.length) % offered.length : 0);
    } else if (event.key === 'Enter') {
      event.preventDefault();
      const choice = expanded ? offered[activeIndex] : undefined;
      if (choice) add(choice.value);
      else setExpanded(true);
    } else if (event.key === 'Escape' && expanded) {
      event.preventDefault();
      setExpanded(false);
    }
  };

  return (
    <div className="picker">
      {chosen.length ? (
        <ul className="chips" aria-label={label} ref={chips}>
          {chosen.map((choice, index) => (
            <li key={choice.value} className="chip">
              <span>{choice.label}</span>
              <button type="button" className="chip-remove" aria-label={t('picker.remove', { name: choice.label })} onClick={() => removeAt(index)}>
                <span aria-hidden="true">×</span>
              </button>
            </li>
          ))}
        </ul>
      ) : null}
      <div className="picker-search">
        <input
          ref={input}
          id={id}
          type="text"
          role="combobox"
          autoComplete="off"
          placeholder={t('picker.search')}
          aria-expanded={expanded}
          aria-controls={listId}
          aria-autocomplete="list"
          aria-activedescendant={expanded && activeIndex >= 0 ? optionId(activeIndex) : undefined}
          aria-describedby={describedBy}
          aria-invalid={invalid}
          value={query}
          onChange={(event) => {
            setQuery(event.target.value);
            setActive(0);
            setExpanded(true);
          }}
          onKeyDown={onKeyDown}
          onClick={() => setExpanded(true)}
          onBlur={() => {
            setExpanded(false);
            onBlur();
          }}
        />
        <ul id={listId} role="listbox" aria-label={label} className="picker-options" hidden={!expanded}>
          {offered.map((choice, index) => (
            <li
              key={choice.value}
              id={optionId(index)}
              role="option"
              aria-selected={index === activeIndex}
              className={index === activeIndex ? 'picker-option active' : 'picker-option'}
              // Keeps focus in the search box, so that the choice is added without leaving it.
              onMouseDown={(event) => event.preventDefault()}
              onClick={() => add(choice.value)}
            >
              {choice.label}
            </li>
          ))}
        </ul>
        {expanded && !offered.length ? <p className="picker-none">{t('picker.noMatch')}</p> : null}
      </div>
    </div>
  );
}
