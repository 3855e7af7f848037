export interface Bar {
  key: string | number;
  label: string;
  /** What the bar's length stands for. */
  value: number;
  /** The figure as people read it ("7 (58 %)"). */
  shown: string;
}

/**
 * A bar chart that is its own data table: each row names the option, draws its bar (decoration, hidden from screen
 * readers) and states the figure, so everyone reads the same numbers (docs/architecture.md, "Room screen").
 */
export function BarTable({ caption, labelHead, valueHead, bars }: { caption: string; labelHead: string; valueHead: string; bars: Bar[] }) {
  const max = Math.max(1, ...bars.map((b) => b.value));
  return (
    <table class="room-chart">
      <caption class="visually-hidden">{caption}</caption>
      <thead class="visually-hidden">
        <tr>
          <th scope="col">{labelHead}</th>
          <td />
          <th scope="col">{valueHead}</th>
        </tr>
      </thead>
      <tbody>
        {bars.map((b) => (
          <tr key={b.key}>
            <th scope="row">{b.label}</th>
            <td class="room-bar-cell" aria-hidden="true">
              <span class="room-bar-fill" style={{ width: `${(100 * Math.max(0, b.value)) / max}%` }} />
            </td>
            <td class="room-figure">{b.shown}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
