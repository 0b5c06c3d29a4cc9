// === 11.1 right
double PredictedLionMaxMove() => 5 * 0.01;   // five moves of ±η, all in the same direction at most
// === 11.1 wrong
double PredictedLionMaxMove() => 0.01;       // forgets that the moves add up over the steps
// === 11.2 right
(long Adafactor, long AdamW) StateCounts(long rows, long columns) => (rows + columns, 2 * rows * columns);
// === 11.2 wrong
(long Adafactor, long AdamW) StateCounts(long rows, long columns) => (rows + columns, rows * columns);   // forgets Adam's first moment
