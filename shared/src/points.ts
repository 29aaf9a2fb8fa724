/** Where a ledger entry comes from. (source type, source id, member) is unique: a source credits once. */
export enum PointsSource {
  ManualAward = 'manual_award',
  Reversal = 'reversal',
  Wish = 'wish',
  Shift = 'shift',
  Topic = 'topic',
}
