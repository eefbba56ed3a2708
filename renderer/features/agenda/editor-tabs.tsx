import { type KeyboardEvent, useRef } from 'react';

export const EDITOR_TABS = [
  { id: 'agenda', label: 'Agenda and annotations' },
  { id: 'documents', label: 'Documents' },
  { id: 'schedule', label: 'Organization of work' },
] as const;
export type EditorTab = (typeof EDITOR_TABS)[number]['id'];

interface EditorTabsProps {
  readonly current: EditorTab;
  readonly onChange: (tab: EditorTab) => void;
}

/** The WAI-ARIA tabs pattern: arrow keys move between tabs, Tab moves into the panel. */
export function EditorTabs({ current, onChange }: EditorTabsProps) {
  const list = useRef<HTMLDivElement>(null);
  const onKeyDown = (event: KeyboardEvent) => {
    const index = EDITOR_TABS.findIndex((tab) => tab.id === current);
    const step = event.key === 'ArrowRight' ? 1 : event.key === 'ArrowLeft' ? -1 : 0;
    if (step === 0) return;
    event.preventDefault();
    const next = EDITOR_TABS[(index + step + EDITOR_TABS.length) % EDITOR_TABS.length];
    if (!next) return;
    onChange(next.id);
    list.current?.querySelector<HTMLElement>(`#tab-${next.id}`)?.focus();
  };
  return (
    <div
      className="tabs"
      role="tablist"
      aria-label="Parts of the agenda"
      ref={list}
      onKeyDown={onKeyDown}
    >
      {EDITOR_TABS.map((tab) => (
        <button
          key={tab.id}
          id={`tab-${tab.id}`}
          type="button"
          role="tab"
          aria-selected={tab.id === current}
          aria-controls={`panel-${tab.id}`}
          tabIndex={tab.id === current ? 0 : -1}
          className="tabs__tab"
          onClick={() => onChange(tab.id)}
        >
          {tab.label}
        </button>
      ))}
    </div>
  );
}
