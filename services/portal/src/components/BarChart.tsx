import { useI18n } from '../i18n/i18n.tsx';

export interface BarRow {
  readonly label: string;
  readonly value: number;
  /** A line across the bar (a quota's floor); the bar turns to warning colour below it. */
  readonly marker?: number | undefined;
}

/**
 * Horizontal bars with an optional marker per bar, drawn as SVG without a chart library. The
 * same figures are in the table the chart sits beside; the SVG is labelled for screen readers.
 */
export function BarChart({
  title,
  rows,
  valueLabel,
  markerLabel,
  belowMarkerLabel,
}: {
  readonly title: string;
  readonly rows: readonly BarRow[];
  readonly valueLabel: string;
  readonly markerLabel?: string;
  /** What a bar in the warning colour means (below its marker). */
  readonly belowMarkerLabel?: string;
}) {
  const { number } = useI18n();
  const max = Math.max(1, ...rows.flatMap((row) => [row.value, row.marker ?? 0]));
  const barHeight = 22;
  const gap = 8;
  const labelWidth = 180;
  const width = 640;
  const plot = width - labelWidth - 60;
  const height = rows.length * (barHeight + gap) + gap;
  return (
    <figure className="chart">
      <figcaption>{title}</figcaption>
      <svg
        role="img"
        aria-label={title}
        viewBox={`0 0 ${String(width)} ${String(height)}`}
        width="100%"
      >
        {rows.map((row, index) => {
          const y = gap + index * (barHeight + gap);
          const below = row.marker !== undefined && row.value < row.marker;
          const markerX =
            row.marker === undefined ? undefined : labelWidth + (row.marker / max) * plot;
          return (
            <g key={row.label}>
              <text
                x={labelWidth - 8}
                y={y + barHeight * 0.7}
                textAnchor="end"
                className="chart-label"
              >
                {row.label}
              </text>
              <rect
                x={labelWidth}
                y={y}
                width={Math.max(1, (row.value / max) * plot)}
                height={barHeight}
                className={below ? 'chart-bar chart-bar-below' : 'chart-bar'}
              >
                <title>{`${row.label}: ${valueLabel} ${number(row.value)}${
                  row.marker === undefined ? '' : `, ${markerLabel ?? ''} ${number(row.marker)}`
                }`}</title>
              </rect>
              {markerX !== undefined && (
                <line
                  x1={markerX}
                  x2={markerX}
                  y1={y - 3}
                  y2={y + barHeight + 3}
                  className="chart-marker"
                />
              )}
              <text
                x={labelWidth + (row.value / max) * plot + 6}
                y={y + barHeight * 0.7}
                className="chart-value"
              >
                {number(row.value)}
              </text>
            </g>
          );
        })}
      </svg>
      <p className="chart-legend">
        <span className="legend-bar" /> {valueLabel}
        {markerLabel !== undefined && (
          <>
            {' '}
            <span className="legend-marker" /> {markerLabel}
          </>
        )}
        {belowMarkerLabel !== undefined && (
          <>
            {' '}
            <span className="legend-bar legend-bar-below" /> {belowMarkerLabel}
          </>
        )}
      </p>
    </figure>
  );
}
