/** Bounded undo/redo stack of immutable scene snapshots. */
export class UndoStack<T> {
  private past: T[] = [];
  private future: T[] = [];
  constructor(private readonly capacity = 50) {}

  /** Record the state as it was BEFORE a change. Clears the redo branch. */
  push(before: T): void {
    this.past.push(before);
    if (this.past.length > this.capacity) this.past.shift();
    this.future = [];
  }
  /** Returns the state to restore, given the current one, or null. */
  undo(current: T): T | null {
    const prev = this.past.pop();
    if (prev === undefined) return null;
    this.future.push(current);
    return prev;
  }
  redo(current: T): T | null {
    const next = this.future.pop();
    if (next === undefined) return null;
    this.past.push(current);
    return next;
  }
  get canUndo(): boolean {
    return this.past.length > 0;
  }
  get canRedo(): boolean {
    return this.future.length > 0;
  }
  clear(): void {
    this.past = [];
    this.future = [];
  }
}
