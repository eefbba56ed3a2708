import { type KeyboardEvent, useEffect, useId, useRef, useState } from 'react';
import { useSlotChoices } from './planner-hooks';
import type { SlotChoice } from './planner-facts';

interface SlotMenuProps {
  /** The button's accessible name: "Schedule item 3", "Move item 8 to another slot". */
  readonly label: string;
  /** What the button shows. */
  readonly text: string;
  /** A tooltip, for a button that shows a symbol. */
  readonly title?: string;
  readonly buttonId?: string;
  readonly buttonClassName?: string;
  /** Left out of the menu (the slot an entry is in, when moving it). */
  readonly exceptSlotId?: string;
  /** Called with the chosen slot; returns true when it has put focus elsewhere. */
  readonly onChoose: (slotId: string) => boolean;
}

/**
 * A menu button listing the slots by day: the keyboard's way of placing an
 * item or moving an entry, where the mouse drags. Arrow keys move through
 * the slots, Enter chooses, Escape closes.
 */
export function SlotMenu({
  label,
  text,
  title,
  buttonId,
  buttonClassName,
  exceptSlotId,
  onChoose,
}: SlotMenuProps) {
  const [open, setOpen] = useState(false);
  const menuId = useId();
  const button = useRef<HTMLButtonElement>(null);
  const close = (refocus: boolean) => {
    setOpen(false);
    if (refocus) button.current?.focus();
  };
  return (
    <div
      className="slot-menu"
      onBlur={(event) => {
        if (open && !event.currentTarget.contains(event.relatedTarget)) setOpen(false);
      }}
    >
      <button
        ref={button}
        id={buttonId}
        type="button"
        className={buttonClassName}
        aria-label={label}
        title={title}
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? menuId : undefined}
        onClick={() => setOpen((wasOpen) => !wasOpen)}
        onKeyDown={(event) => {
          if (event.key === 'ArrowDown' && !open) {
            event.preventDefault();
            setOpen(true);
          } else if (event.key === 'Escape' && open) {
            // Only when there is no slot to choose does focus stay here with the note open.
            event.preventDefault();
            setOpen(false);
          }
        }}
      >
        {text}
      </button>
      {open && (
        <SlotMenuList
          id={menuId}
          label={label}
          exceptSlotId={exceptSlotId}
          onChoose={(slotId) => close(!onChoose(slotId))}
          onClose={() => close(true)}
        />
      )}
    </div>
  );
}

interface SlotMenuListProps {
  readonly id: string;
  readonly label: string;
  readonly exceptSlotId: string | undefined;
  readonly onChoose: (slotId: string) => void;
  readonly onClose: () => void;
}

function groupByDay(choices: readonly SlotChoice[]): SlotChoice[][] {
  const days: SlotChoice[][] = [];
  for (const choice of choices) {
    const last = days[days.length - 1];
    if (last?.[0]?.date === choice.date) last.push(choice);
    else days.push([choice]);
  }
  return days;
}

function SlotMenuList({ id, label, exceptSlotId, onChoose, onClose }: SlotMenuListProps) {
  const choices = useSlotChoices().filter((choice) => choice.slotId !== exceptSlotId);
  const menu = useRef<HTMLDivElement>(null);
  const headingId = useId();

  useEffect(() => {
    menu.current?.querySelector<HTMLElement>('[role="menuitem"]')?.focus();
  }, []);

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const items = [...(menu.current?.querySelectorAll<HTMLElement>('[role="menuitem"]') ?? [])];
    const at = items.findIndex((item) => item === document.activeElement);
    const go = (index: number) => {
      event.preventDefault();
      items[(index + items.length) % items.length]?.focus();
    };
    switch (event.key) {
      case 'ArrowDown':
        go(at + 1);
        break;
      case 'ArrowUp':
        go(at - 1);
        break;
      case 'Home':
        go(0);
        break;
      case 'End':
        go(items.length - 1);
        break;
      case 'Escape':
        event.preventDefault();
        event.stopPropagation();
        onClose();
        break;
      case 'Tab':
        onClose();
        break;
    }
  };

  if (choices.length === 0) {
    return (
      <p id={id} className="slot-menu__list slot-menu__empty" role="status">
        No slot yet: add one to a day first.
      </p>
    );
  }

  return (
    <div
      id={id}
      ref={menu}
      role="menu"
      aria-label={label}
      className="slot-menu__list"
      onKeyDown={onKeyDown}
    >
      {groupByDay(choices).map((day, dayIndex) => (
        <div key={day[0]?.date} role="group" aria-labelledby={`${headingId}-${dayIndex}`}>
          <p id={`${headingId}-${dayIndex}`} className="slot-menu__day" role="presentation">
            {day[0]?.dayHeading}
          </p>
          {day.map((choice) => (
            <button
              key={choice.slotId}
              type="button"
              role="menuitem"
              tabIndex={-1}
              className="slot-menu__item"
              aria-label={choice.name}
              onClick={() => onChoose(choice.slotId)}
            >
              {choice.time}
            </button>
          ))}
        </div>
      ))}
    </div>
  );
}
