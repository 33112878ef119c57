import {
  DndContext,
  DragOverlay,
  KeyboardSensor,
  PointerSensor,
  useDraggable,
  useDroppable,
  useSensor,
  useSensors,
  type DragEndEvent,
  type DragStartEvent,
} from '@dnd-kit/core';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useEffect, useMemo, useRef, useState, type KeyboardEventHandler, type PointerEventHandler, type ReactNode } from 'react';
import {
  applicationStatuses,
  boardColumnSize,
  type ApplicationSummary,
  type ApplicationsBoard as Board,
  type ApplicationStatus,
  type BoardColumn,
} from '../../../electron/core/applications/schema';
import { call, type ClientError } from '../ipc/client';
import { ApplicationCard } from './ApplicationCard';
import { boardAnnouncements, boardInstructions, columnSteps, columnUnder } from './boardDrag';
import { copy, fill } from './format';
import { itemsInOrder, useKeptOrder } from './keptOrder';
import { searchOf, type Filter } from './useApplicationRows';

const a = copy.applications;

/** The board: the first cards of every column, ten more per column on request. */
function useApplicationsBoard(filter: Filter, perColumn: number) {
  const input = { ...searchOf(filter), sort: filter.sort, direction: filter.direction, perColumn };
  return useQuery<Board, ClientError>({
    queryKey: ['applications:board', input],
    queryFn: () => call('applications:board', input),
    placeholderData: keepPreviousData,
  });
}

export interface CardProps {
  today: string;
  silenceAfterDays: number;
  onStatus: (application: ApplicationSummary, status: ApplicationStatus) => void;
  openId: number | null;
  onOpen: (id: number) => void;
  details: (id: number) => ReactNode;
  /** The card whose move button takes focus once it is drawn in its new column. */
  focusId: number | null;
  onFocused: () => void;
}

/** A card that moves: by pointer from anywhere on it (after a few pixels, so its buttons still click), by keyboard from its move button. */
function DraggableCard({ application, props }: { application: ApplicationSummary; props: CardProps }) {
  const { attributes, listeners, setNodeRef, setActivatorNodeRef, isDragging } = useDraggable({
    id: application.id,
    data: { application },
  });
  const handle = useRef<HTMLButtonElement | null>(null);
  const { focusId, onFocused } = props;
  useEffect(() => {
    if (focusId !== application.id) return;
    handle.current?.focus();
    onFocused();
  }, [focusId, application.id, onFocused]);
  return (
    <div
      ref={setNodeRef}
      className={isDragging ? 'board-card dragging' : 'board-card'}
      data-application={application.id}
      onPointerDown={listeners?.onPointerDown as PointerEventHandler | undefined}
    >
      <ApplicationCard
        application={application}
        today={props.today}
        silenceAfterDays={props.silenceAfterDays}
        onStatus={props.onStatus}
        open={props.openId === application.id}
        onOpen={props.onOpen}
        details={props.details(application.id)}
        handle={
          <button
            ref={(node) => {
              setActivatorNodeRef(node);
              handle.current = node;
            }}
            type="button"
            className="drag-handle"
            {...attributes}
            onKeyDown={listeners?.onKeyDown as KeyboardEventHandler | undefined}
            aria-label={fill(a.moveCard, { company: application.company })}
          />
        }
      />
    </div>
  );
}

function Column({ column, filterKey, props }: { column: BoardColumn; filterKey: string | null; props: CardProps }) {
  const { setNodeRef, isOver } = useDroppable({ id: column.status });
  // Cards stay where they are in a column until the person sorts again; one that left the column leaves.
  const { order } = useKeptOrder(filterKey, column.items);
  const byId = useMemo(() => new Map(column.items.map((item) => [item.id, item])), [column.items]);
  const items = itemsInOrder(order, (id) => byId.get(id) ?? null);
  const headingId = `board-col-${column.status}`;
  return (
    <section ref={setNodeRef} className={isOver ? 'board-column over' : 'board-column'} aria-labelledby={headingId}>
      <h3 id={headingId}>
        {copy.statuses[column.status]} <span className="count">{column.total}</span>
      </h3>
      {items.length ? (
        items.map((application) => <DraggableCard key={application.id} application={application} props={props} />)
      ) : (
        <p className="hint">{a.boardEmpty}</p>
      )}
    </section>
  );
}

/**
 * Every status a column, side by side in a row that scrolls sideways (each
 * column snaps into place), so all seven are reachable at 720 px and any
 * column is one drag, or a few arrow presses, away. A drop changes the status
 * through the same call as the card's buttons.
 */
export function ApplicationsBoardView({ filter, props }: { filter: Filter; props: CardProps }) {
  const [perColumn, setPerColumn] = useState(boardColumnSize);
  const board = useApplicationsBoard(filter, perColumn);
  const [dragged, setDragged] = useState<ApplicationSummary | null>(null);
  const announcements = useMemo(() => boardAnnouncements(), []);
  const sensors = useSensors(
    useSensor(PointerSensor, { activationConstraint: { distance: 8 } }),
    useSensor(KeyboardSensor, { coordinateGetter: columnSteps(applicationStatuses) }),
  );
  if (!board.data)
    return board.error ? (
      <p role="alert">{board.error.message}</p>
    ) : (
      <p className="loading" role="status">
        {a.loading}
      </p>
    );
  const { columns, hasAny } = board.data;
  if (columns.every((column) => column.total === 0))
    return board.error ? <p role="alert">{board.error.message}</p> : <p className="hint">{hasAny ? a.noMatch : a.none}</p>;
  const more = columns.some((column) => column.total > column.items.length);
  const filterKey = board.isPlaceholderData ? null : JSON.stringify(filter);

  const onDragStart = (event: DragStartEvent) => setDragged((event.active.data.current as { application: ApplicationSummary }).application);
  const onDragEnd = (event: DragEndEvent) => {
    setDragged(null);
    const application = (event.active.data.current as { application: ApplicationSummary }).application;
    const status = event.over?.id as ApplicationStatus | undefined;
    if (status && status !== application.status) props.onStatus(application, status);
  };

  return (
    <>
      <p className="hint">{a.boardHint}</p>
      <DndContext
        sensors={sensors}
        collisionDetection={columnUnder}
        accessibility={{ announcements, screenReaderInstructions: boardInstructions }}
        onDragStart={onDragStart}
        onDragEnd={onDragEnd}
        onDragCancel={() => setDragged(null)}
      >
        <div className="board" role="group" aria-label={a.boardLabel}>
          {columns.map((column) => (
            <Column key={column.status} column={column} filterKey={filterKey} props={props} />
          ))}
        </div>
        <DragOverlay dropAnimation={null}>
          {dragged ? (
            <div className="app-card drag-preview" aria-hidden="true">
              <strong>{dragged.company}</strong>
              {dragged.role ? <span className="app-role">{dragged.role}</span> : null}
            </div>
          ) : null}
        </DragOverlay>
      </DndContext>
      {more ? (
        <div className="button-row">
          <button
            type="button"
            className="button small"
            disabled={board.isFetching}
            onClick={() => setPerColumn(perColumn + boardColumnSize)}
          >
            {fill(a.showMore, { count: String(boardColumnSize) })}
          </button>
        </div>
      ) : null}
      {board.error ? <p role="alert">{board.error.message}</p> : null}
    </>
  );
}
