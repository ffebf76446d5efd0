// Owns what is being dragged in the schedule editor: a rotation chip from the palette or a grid
// cell's rotation. Kept in a ref the screen shares with the palette and the grid; the drag data
// itself only carries the code as text (for other drop targets such as text fields).
export type DragPayload = { kind: 'rotation'; rotationId: string } | { kind: 'cell'; personId: string; block: number; rotationId: string };
