import { Popover } from 'antd';
import type { ReactNode } from 'react';
import type { ReportDatum, ReportFigure } from '../../../../../src/services/reports/reportModelSchema';
import { Provenance } from './Provenance';

/** Printed text of a figure or datum that shows, on hover or focus, where it came from. */
export function WithProvenance({ run, children }: { run: ReportFigure | ReportDatum; children: ReactNode }) {
  return (
    <Popover title={run.label} content={<Provenance run={run} />} mouseEnterDelay={0.15} styles={{ root: { maxWidth: 480 } }}>
      <span className={run.kind === 'figure' ? 'rp-figure' : 'rp-datum'} data-run={run.id} tabIndex={0}>
        {children}
      </span>
    </Popover>
  );
}
