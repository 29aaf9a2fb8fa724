import { Injectable } from '@nestjs/common';
import { ExportKind } from '@linli/shared';
import { BallotsSheet } from './ballots.sheet';
import { ExportSheet } from './export-sheet';
import { MembersSheet } from './members.sheet';
import { ServiceHoursSheet } from './service-hours.sheet';
import { UnitsSheet } from './units.sheet';
import { WishesSheet } from './wishes.sheet';

export const SHEET_PROVIDERS = [MembersSheet, UnitsSheet, WishesSheet, ServiceHoursSheet, BallotsSheet];

/** The sheet that writes each kind of export. */
@Injectable()
export class ExportSheets {
  private readonly byKind: Record<ExportKind, ExportSheet>;

  constructor(members: MembersSheet, units: UnitsSheet, wishes: WishesSheet, hours: ServiceHoursSheet, ballots: BallotsSheet) {
    this.byKind = {
      [ExportKind.Members]: members,
      [ExportKind.Units]: units,
      [ExportKind.Wishes]: wishes,
      [ExportKind.ServiceHours]: hours,
      [ExportKind.Ballots]: ballots,
    };
  }

  of(kind: ExportKind): ExportSheet {
    return this.byKind[kind];
  }
}
