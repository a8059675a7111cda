import { stanceTimeline } from '../../../explorer/src/model/stance-marks';

describe('stanceTimeline', () => {
  it('places a mark per dated piece of evidence in its target lane, and bands from since to until', () => {
    const timeline = stanceTimeline([
      {
        id: 's1',
        about: '5G',
        polarity: 'SUPPORT',
        since: '2019-02-21',
        evidence: [
          { id: 'e1', text: 'yes', date: '2019-02-21' },
          { id: 'e2', text: 'undated', date: null },
        ],
      },
      {
        id: 's2',
        about: 'Huawei',
        polarity: 'OPPOSE',
        since: '2019-01-01',
        until: '2019-06-01',
        evidence: [{ id: 'e3', text: 'no', date: '2019-03-01' }],
      },
      {
        id: 's3',
        about: 'Nothing dated',
        polarity: 'NEUTRAL',
        evidence: [{ id: 'e4', text: 'hm', date: null }],
      },
    ]);
    expect(timeline.lanes).toEqual(['5G', 'Huawei']);
    expect(timeline.marks.map((mark) => [mark.lane, mark.date, mark.statementId])).toEqual([
      ['5G', '2019-02-21', 'e1'],
      ['Huawei', '2019-03-01', 'e3'],
    ]);
    expect(timeline.extent).toEqual(['2019-01-01', '2019-06-01']);
    // An open stance runs to the last date the chart shows.
    expect(timeline.bands).toEqual([
      { lane: '5G', start: '2019-02-21', end: '2019-06-01', polarity: 'SUPPORT' },
      { lane: 'Huawei', start: '2019-01-01', end: '2019-06-01', polarity: 'OPPOSE' },
    ]);
    expect(timeline.undated.map((stance) => stance.id)).toEqual(['s3']);
  });

  it('has no extent when nothing is dated', () => {
    const timeline = stanceTimeline([{ id: 's', about: 'x', polarity: 'MIXED', evidence: [] }]);
    expect(timeline).toMatchObject({ lanes: [], marks: [], bands: [], extent: null });
  });
});
