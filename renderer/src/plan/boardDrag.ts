import type { Announcements, CollisionDetection, KeyboardCoordinateGetter, ScreenReaderInstructions } from '@dnd-kit/core';
import type { ApplicationSummary, ApplicationStatus } from '../../../electron/core/applications/schema';
import { copy, fill } from './format';

/**
 * How a card moves on the board, apart from React: which column is under it,
 * where the arrow keys take it, and what a screen reader hears (our words,
 * content/planner.json).
 */

/** The column under the pointer, or under the card's middle when the keyboard moves it: columns are side by side. */
export const columnUnder: CollisionDetection = ({ collisionRect, droppableRects, droppableContainers, pointerCoordinates }) => {
  const x = pointerCoordinates?.x ?? collisionRect.left + collisionRect.width / 2;
  return droppableContainers
    .filter((container) => {
      const rect = droppableRects.get(container.id);
      return rect !== undefined && x >= rect.left && x <= rect.right;
    })
    .map((container) => ({ id: container.id, data: { droppableContainer: container, value: 0 } }));
};

/**
 * Left and right move the picked-up card one column along, to the middle of
 * that column; up and down do nothing (a column has no order to choose).
 */
export function columnSteps(columns: readonly ApplicationStatus[]): KeyboardCoordinateGetter {
  return (event, { active, context, currentCoordinates }) => {
    const step = event.code === 'ArrowRight' ? 1 : event.code === 'ArrowLeft' ? -1 : 0;
    if (step === 0) {
      if (event.code === 'ArrowUp' || event.code === 'ArrowDown') event.preventDefault();
      return undefined;
    }
    const from =
      context.over?.id ?? (context.active?.data.current as { application?: ApplicationSummary } | undefined)?.application?.status;
    const target = columns[columns.indexOf(from as ApplicationStatus) + step];
    const rect = target ? context.droppableRects.get(target) : undefined;
    const card = context.collisionRect ?? context.droppableRects.get(active);
    if (!rect || !card) return undefined;
    return { x: rect.left + (rect.width - card.width) / 2, y: currentCoordinates.y };
  };
}

const b = copy.applications;
const statusName = (id: unknown) => copy.statuses[id as ApplicationStatus] ?? '';
const companyOf = (data: unknown) => (data as { application?: ApplicationSummary } | undefined)?.application?.company ?? '';
const statusOf = (data: unknown) => (data as { application?: ApplicationSummary } | undefined)?.application?.status;

/**
 * What a screen reader hears as a card moves. The card starts over its own
 * column, which is no news: saying so would cut off the instructions the
 * pick-up gives, so that first "over" stays quiet.
 */
export function boardAnnouncements(): Announcements {
  let moved = false;
  return {
    onDragStart: ({ active }) => {
      moved = false;
      return fill(b.dragStart, { company: companyOf(active.data.current), status: statusName(statusOf(active.data.current)) });
    },
    onDragOver: ({ active, over }) => {
      if (!moved && over?.id === statusOf(active.data.current)) return undefined;
      moved = true;
      return over ? fill(b.dragOver, { status: statusName(over.id) }) : b.dragOverNone;
    },
    onDragEnd: ({ active, over }) => {
      const company = companyOf(active.data.current);
      const from = statusOf(active.data.current);
      if (!over || over.id === from) return fill(b.dragSame, { company, status: statusName(from) });
      return fill(b.dragEnd, { company, status: statusName(over.id) });
    },
    onDragCancel: ({ active }) =>
      fill(b.dragCancel, { company: companyOf(active.data.current), status: statusName(statusOf(active.data.current)) }),
  };
}

export const boardInstructions: ScreenReaderInstructions = { draggable: b.dragInstructions };
