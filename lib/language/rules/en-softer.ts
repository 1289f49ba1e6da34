import type { SofterRewriteCopy } from './types.ts';

/*
 * The softer rewrite in English, after the playbook: name the feeling without blame, then make a
 * specific, time-bound request. Only these fixed words are ever offered, never the draft's own.
 */
export const enSofter: SofterRewriteCopy = {
  openers: {
    'globalizing-criticism': [
      'I’ve been missing you, and I’m feeling a bit low about us lately.',
      'I miss us, and I’d love to feel close again.',
    ],
    'blame-question': [
      'I’m feeling a little disconnected today. It’s not your fault — I just miss you.',
      'I got a bit anxious when I didn’t hear from you. That’s mine to hold, and I miss you.',
    ],
    'demand-ping': [
      'No rush — I know you might be busy, and I’m thinking of you.',
      'Just thinking of you, with no pressure to answer right away.',
    ],
    surveillance: [
      'I’m feeling a bit anxious, and I miss you.',
      'I’m feeling a little insecure today. That’s mine to work on, and some reassurance would help.',
    ],
    'stonewalling-exit': [
      'I’m starting to feel overwhelmed and need about 30 minutes to myself. I’m pressing pause, not leaving.',
      'I’m too upset to talk well right now. I need a little time, and then I want to come back to this.',
    ],
    'guilt-score-keeping': [
      'I’m feeling stretched thin and could really use your support.',
      'I’ve been carrying a lot lately and I’m tired.',
    ],
    'contempt-sarcasm': [
      'Honestly, that stung a bit, and I’d rather say it plainly.',
      'I’m hurt, and I want to tell you straight instead of being snippy.',
    ],
    'judgement-feeling': [
      'I’m feeling lonely today, and I miss you.',
      'I’m feeling a bit sad and far from you.',
    ],
  },
  topics: [
    {
      id: 'call',
      pattern: String.raw`\b(?:call|calls|called|calling|ring|rang|phone call|pick up|picked up|voicemail|facetime|hear your voice)\b`,
      requests: [
        'Could we have a quick call {when}? Even ten minutes would be lovely.',
        'Would you have time for a short call {when}? I’d love to hear your voice.',
      ],
    },
    {
      id: 'dinner',
      pattern: String.raw`\b(?:dinner|supper|cook|cooking|restaurant|eat together)\b`,
      requests: [
        'Could we have dinner together {when}, just the two of us?',
        'Would you like to cook dinner together {when}?',
      ],
    },
    {
      id: 'lunch',
      pattern: String.raw`\b(?:lunch|breakfast|brunch|coffee)\b`,
      requests: [
        'Could we grab a coffee or lunch together {when}?',
        'Would you have time for breakfast with me {when}?',
      ],
    },
    {
      id: 'date',
      pattern: String.raw`\b(?:date|date night|going out together)\b`,
      requests: [
        'Could we plan a proper date night {when}? I’d love that.',
        'Would you be up for a date {when}? My treat.',
      ],
    },
    {
      id: 'chores',
      openers: [
        'I’m feeling stretched thin and could really use a hand.',
        'I’m worn out, and I’d love us to share the load.',
      ],
      pattern: String.raw`\b(?:chores|dishes|laundry|bins|cleaning|clean up|tidy|hoover|vacuum|housework|groceries|shopping|around here)\b`,
      requests: [
        'Could we split the chores {when}? It would help me a lot if you took the dishes.',
        'Would you help me with the housework {when}? Even half an hour would make a real difference.',
      ],
    },
    {
      id: 'kids',
      openers: ['I’m running on empty today.', 'I’m feeling stretched thin with the kids lately.'],
      pattern: String.raw`\b(?:kids|children|school run|bedtime|baby|nappies|diapers)\b`,
      requests: [
        'Could you take the kids’ bedtime {when}? I’d love a bit of a breather.',
        'Could we share the kids’ routine {when}? It would mean a lot to me.',
      ],
    },
    {
      id: 'weekend',
      pattern: String.raw`\b(?:weekend|saturday|sunday)\b`,
      requests: [
        'Could we keep part of the weekend just for us — maybe Saturday morning?',
        'Would you be up for planning something together for the weekend?',
      ],
    },
    {
      id: 'plans',
      pattern: String.raw`\b(?:plans?|planning|organi[sz]e|bail|bailed|cancel|cancelled|canceled)\b`,
      requests: [
        'Could we sit down {when} and make the plans together?',
        'Would you help me plan the next few days {when}? I’d love to do it as a team.',
      ],
    },
    {
      id: 'friends',
      pattern: String.raw`\b(?:friends?|party|the guys|the girls|going out|without me)\b`,
      requests: [
        'I’m glad you’re seeing your friends. Could we have some time just us {when}?',
        'Could we plan an evening for just the two of us {when}?',
      ],
    },
    {
      id: 'phone',
      pattern: String.raw`\b(?:on your phone|screen|instagram|insta|tiktok|scrolling)\b`,
      requests: [
        'Could we have 20 phone-free minutes together {when}?',
        'Would you put the phones away with me for a bit {when}? I’d love your full attention.',
      ],
    },
    {
      id: 'texting',
      pattern: String.raw`\b(?:text|texts|texted|texting|message|messages|msg|reply|replied|replies|respond|answer|answered|read|online|ticks?|seen|hear from you)\b`,
      requests: [
        'A quick message when you get a moment would really help. Talk {when}?',
        'Could you send me a short text when you’re free? Then let’s catch up {when}.',
      ],
    },
    {
      id: 'home',
      pattern: String.raw`\b(?:home|late|on time|waiting|waited)\b`,
      requests: [
        'Could you give me a heads-up about when you’ll be home {when}? It helps me relax.',
        'A quick note when plans change would help me a lot. Could we agree on that {when}?',
      ],
    },
    {
      id: 'time-together',
      pattern: String.raw`\b(?:time|together|spend|attention|listen|talk|day)\b`,
      requests: [
        'I’d really love 20 minutes together {when} — no phones, just us. Would after dinner work?',
        'Could we set aside some time for just us {when}?',
      ],
    },
  ],
  fallbackRequests: [
    'Could we have some time to talk {when}?',
    'Talk {when}? I’d love to hear how your day went.',
    'Would you have a few minutes for me {when}?',
  ],
  times: [
    { pattern: String.raw`\b(?:tonight|this evening)\b`, words: 'tonight' },
    { pattern: String.raw`\btomorrow\b`, words: 'tomorrow' },
    { pattern: String.raw`\bthis weekend\b`, words: 'this weekend' },
    { pattern: String.raw`\bmonday\b`, words: 'on Monday' },
    { pattern: String.raw`\btuesday\b`, words: 'on Tuesday' },
    { pattern: String.raw`\bwednesday\b`, words: 'on Wednesday' },
    { pattern: String.raw`\bthursday\b`, words: 'on Thursday' },
    { pattern: String.raw`\bfriday\b`, words: 'on Friday' },
    { pattern: String.raw`\bsaturday\b`, words: 'on Saturday' },
    { pattern: String.raw`\bsunday\b`, words: 'on Sunday' },
  ],
  defaultTime: 'tonight',
};
