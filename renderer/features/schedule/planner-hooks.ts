import { useOpenAgenda } from '../agenda/agenda-store';
import {
  NO_NOTICES,
  type PlaceKey,
  type PlaceNotice,
  type PlannerDay,
  type PlannerEntry,
  type PlannerSlot,
  plannerFacts,
  type SlotChoice,
  type SourceItem,
} from './planner-facts';

/**
 * Narrow selections of the planner's facts. Each returns flat values or
 * arrays of strings, which the store compares item by item, so a component
 * redraws only when its own piece changes.
 */

const NO_IDS: readonly string[] = [];

export function usePlannerDates(): readonly string[] {
  return useOpenAgenda((agenda) => plannerFacts(agenda).dates) ?? NO_IDS;
}

export function usePlannerDay(date: string): PlannerDay | undefined {
  return useOpenAgenda((agenda) => plannerFacts(agenda).days.get(date));
}

export function useDaySlotIds(date: string): readonly string[] {
  return (
    useOpenAgenda((agenda) => plannerFacts(agenda).slotIdsByDate.get(date) ?? NO_IDS) ?? NO_IDS
  );
}

export function usePlannerSlot(slotId: string): PlannerSlot | undefined {
  return useOpenAgenda((agenda) => plannerFacts(agenda).slots.get(slotId));
}

export function useSlotEntryIds(slotId: string): readonly string[] {
  return (
    useOpenAgenda((agenda) => plannerFacts(agenda).entryIdsBySlot.get(slotId) ?? NO_IDS) ?? NO_IDS
  );
}

export function usePlannerEntry(entryId: string): PlannerEntry | undefined {
  return useOpenAgenda((agenda) => plannerFacts(agenda).entries.get(entryId));
}

export function useSourceIds(): readonly string[] {
  return useOpenAgenda((agenda) => plannerFacts(agenda).sourceIds) ?? NO_IDS;
}

export function useSourceItem(itemId: string): SourceItem | undefined {
  return useOpenAgenda((agenda) => plannerFacts(agenda).sources.get(itemId));
}

/** Only mounted while a menu of slots is open, so it may redraw with every edit. */
export function useSlotChoices(): readonly SlotChoice[] {
  return useOpenAgenda((agenda) => plannerFacts(agenda).slotChoices) ?? [];
}

export function useHasSlots(): boolean {
  return useOpenAgenda((agenda) => plannerFacts(agenda).slots.size > 0) ?? false;
}

export function useNoticesAt(key: PlaceKey): readonly PlaceNotice[] {
  return (
    useOpenAgenda((agenda) => plannerFacts(agenda).notices.get(key) ?? NO_NOTICES) ?? NO_NOTICES
  );
}

export function useAllNotices(): readonly PlaceNotice[] {
  return useOpenAgenda((agenda) => plannerFacts(agenda).allNotices) ?? NO_NOTICES;
}
