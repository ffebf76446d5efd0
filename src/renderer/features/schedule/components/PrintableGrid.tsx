// Owns the paper version of the block grid: every resident, then the faculty under their own
// heading, and every block in one plain table (the
// screen grid only renders the rows in view), rotation codes in black on white with the colour as a
// thin swatch, and a legend. Rendered only while the page is being printed.
import { Fragment } from 'react';
import type { GridModel } from '../store/grid-model';
import { cellKey } from '../store/grid-model';
import { dayMonth } from '../store/dates';

export function PrintableGrid({ model, title }: { model: GridModel; title: string }) {
  return (
    <div className="print-only schedule-print" data-testid="printable-grid">
      <h2 className="schedule-print-title">{title}</h2>
      <table className="schedule-print-table">
        <thead>
          <tr>
            <th scope="col">Person</th>
            {model.blocks.map((b) => (
              <th scope="col" key={b.number}>
                {b.number}
                <br />
                <span className="schedule-print-dates">{dayMonth(b.startDate)}</span>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {model.rows.map((row, i) => (
            <Fragment key={row.person.id}>
              {i === model.facultyStart ? (
                <tr>
                  <th scope="rowgroup" colSpan={model.blocks.length + 1}>
                    Faculty
                  </th>
                </tr>
              ) : null}
              <tr>
                <th scope="row">
                  {row.label}
                  {row.detail ? ` (${row.detail})` : ''}
                </th>
                {model.blocks.map((b) => {
                  const id = model.assigned.get(cellKey(row.person.id, b.number));
                  const r = id ? model.rotationById.get(id) : undefined;
                  return (
                    <td key={b.number} style={r ? { borderLeft: `4pt solid ${r.colour}` } : undefined}>
                      {r?.code ?? ''}
                    </td>
                  );
                })}
              </tr>
            </Fragment>
          ))}
        </tbody>
      </table>
      <p className="schedule-print-legend">
        {model.rotations.map((r) => (
          <span key={r.id}>
            <strong>{r.code}</strong> {r.name}
          </span>
        ))}
      </p>
    </div>
  );
}
