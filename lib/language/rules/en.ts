import { enSofter } from './en-softer.ts';
import type { LanguageRules } from './types.ts';

/*
 * English protest markers. Patterns run over normalised text: lower case, straight quotes,
 * single spaces, "helloooo" squeezed to "hello". Strength 3 is unmistakable, 2 is the usual
 * protest phrasing, 1 is mild and only flagged when the user asks Softer to be watchful.
 */

const macros: Record<string, string> = {
  you: '(?:you|u)',
  youre: "(?:you're|youre|you are|you r|u r|ur|u're|ure)",
  youve: "(?:you've|youve|you have|u've|uve)",
  im: "(?:i'm|im|i am)",
  ive: "(?:i've|ive|i have)",
  dont: "(?:don't|dont|do not)",
  wont: "(?:won't|wont|will not)",
  notaux:
    "(?:won't|wont|will not|can't|cant|cannot|can not|didn't|didnt|did not|haven't|havent|have not|wouldn't|wouldnt|couldn't|couldnt|aren't|arent|hasn't|hasnt|weren't|werent|shouldn't|shouldnt)",
  whats: "(?:what's|whats|what is|what the (?:hell|heck|fuck|f) is|wtf is)",
  why: '(?:why|y)',
  are: '(?:are|r)',
  // A clause ends at punctuation, the end, or where words give way to emoji.
  end: String.raw`(?=\s*(?:[.!?,;:\n]|$)|\s*[^\sa-z0-9'"\-])`,
  // Like end, but a cheerful "!" or emoji keeps the clause open ("I'm done! 🎉").
  stop: String.raw`(?=\s*(?:[.,;:\n]|$))`,
  // Nothing but a little punctuation or emoji until the end of the message.
  // Bounded so that a megabyte of punctuation cannot make each attempt scan to the end.
  alone: '(?=[^a-z0-9]{0,40}$)',
  // The start of a clause, allowing emoji or spaces before the first word (but not quotes).
  start: String.raw`(?<=(?:^|[.!?,;:\n(])[^a-z0-9'"]{0,12})`,
  // Questions and wishes put "you always/never" in a kinder light: "do you always…", "I hope you never…".
  kindbefore: String.raw`(?<!\b(?:do|does|did|have|had|would|will|can|could|should|are|were|if|wish|hope|unless|whether|promise|promise me|make sure|as long as|than|love how|love that|love it when|love the way|like how|like that|like the way|adore how|adore that|appreciate how|appreciate that|glad|proud that|happy that) (?:you|u|you're|youre|you are|ur))`,
  // What follows "you always/never" when it is praise, an idiom or one past event, not a verdict.
  notverdict: String.raw`(?![^.!?\n]{0,25}\b(?:best|amazing|perfect|beautiful|lovely|gorgeous|favou?rite|cutest|sweetest|nicest|kindest|funniest|coolest|greatest|wonderful|incredible|stunning|so good|so nice|so sweet|so cute|proud)\b| (?:going to|gonna) (?:believe|guess)| guess\b| (?:told|said|replied|answered|mentioned|sent|got back|confirmed|responded)(?: (?:to )?me)? (?:about|re|regarding|if|whether|what|when|where|which|that you|you)\b| (?:make|made|making) me (?:laugh|smile|happy|so happy|feel (?:good|better|safe|special|loved|at home))| know\b| fail\b| cease to| stop (?:making|amazing|surprising|impressing)| look (?:good|great|amazing|beautiful|gorgeous|cute|stunning|hot|lovely|handsome|so)| smell (?:good|nice|amazing)| have my back| have (?:a|my) (?:home|place|seat|spot)| have me| find (?:a|the) (?:way|words|best)| manage to| cheer me up| brighten| light up| get me\b| say the (?:sweetest|nicest|right|best)| (?:been|were|are|was) (?:there|the best|so good|so kind|so sweet)| take (?:such )?(?:good )?care| beat me| win\b| surprise me| put a smile| let me down| disappoint| (?:have|need) to (?:apologi[sz]e|ask|worry|explain|thank|say sorry)| so (?:sweet|kind|patient|good|thoughtful|lovely|cute|funny|generous|supportive|caring|helpful|calm|brave|strong|beautiful|handsome|gorgeous)| on my mind| in my (?:heart|thoughts|prayers)| welcome| the best| there for me| right\b)`,
  complaint:
    "(?:forget|ignore|disappear|vanish|leave|bail|cancel|change the subject|shut (?:down|me out)|walk (?:away|out|off)|get (?:mad|angry|defensive|weird|annoyed|upset)|blow up|make (?:it|excuses|everything)|turn (?:it|this) around|brush (?:me|it) off|flake|check out|zone out|go (?:quiet|silent|cold|out)|pull away|roll your eyes|sigh|don't|dont|won't|wont|can't|cant|never|always|do this|do that|start|pick a fight|storm|hang up|lie|are late|run late|look at your phone|pick up your phone|act|freak|snap|yell|complain|criticise|criticize|have an excuse|find an excuse|say you're busy|say you are busy|are busy|go on your phone)",
  judged:
    "(?:ignored|abandoned|rejected|neglected|unwanted|unloved|invisible|used|unimportant|disrespected|dismissed|betrayed|manipulated|unappreciated|unvalued|undervalued|taken for granted|left out|pushed away|shut out|unheard|replaced|forgotten|blanked|ghosted|deserted|ditched|discarded|belittled|criticised|criticized|attacked|judged|controlled|smothered|trapped|pressured|cornered|guilt[- ]tripped|like (?:an afterthought|a burden|an option|a second choice|nothing|i (?:don't|dont) matter|(?:i'm|im) not (?:enough|important|a priority)|a joke|your (?:maid|mum|mom|servant|assistant)))",
  online:
    '(?:online|active|on (?:whatsapp|instagram|insta|ig|facebook|fb|snapchat|snap|tiktok|twitter|discord|here|your phone|the app)|typing)',
};

export const en: LanguageRules = {
  code: 'en',
  macros,
  reportedSpeech: String.raw`\b(?:said|say|says|saying|told|tells|telling|asked|asks|wrote|writes|goes|yelled|yells|shouted|screamed|screams|quote|quoting|was like|were like|is like|not that|not like|(?:doesn't|don't|didn't|does not|do not|did not) mean)\b`,
  banterCues: String.raw`\b(?:jk|j/k|just kidding|kidding|haha+|hehe+)\b|😂|🤣|😆|😜|😝|😛`,
  clauseBreaks: ' (?:and|but|so|then|because|cause|cuz|since) ',
  kinds: {
    'globalizing-criticism': {
      explanation: '“You never…” turns one evening into a verdict on the whole relationship.',
      markers: [
        {
          strength: 2,
          pattern: String.raw`\b{you}{kindbefore}(?: (?:literally|just|seriously|honestly|basically|really|pretty much|like|still))? (?:always|never|constantly|continually|forever|never ever){notverdict}\b`,
        },
        {
          strength: 2,
          pattern: String.raw`\b{youre}{kindbefore}(?: (?:literally|just|seriously|honestly|basically|really|like|still))? (?:always|never|constantly|continually|forever){notverdict}\b`,
        },
        {
          strength: 3,
          pattern: String.raw`\b{whats} (?:wrong|the matter|the problem) with {you}\b(?! (?:two|guys|both|all)\b)`,
          explanation: '“What’s wrong with you” makes them the problem, when what hurts is one moment.',
        },
        {
          strength: 2,
          pattern: String.raw`\bevery (?:single )?time\b[^.!?\n]{0,40}?\b{you}(?:'re| are)?(?: just| always| never| still)? {complaint}\b`,
          explanation: '“Every time” stacks old hurts onto tonight — that is a lot for anyone to answer.',
        },
        {
          strength: 2,
          pattern: String.raw`\bevery\.? single\.? time\b{end}`,
          explanation: '“Every time” stacks old hurts onto tonight — that is a lot for anyone to answer.',
        },
        {
          strength: 2,
          pattern: String.raw`\b(?:here|there) {you} go again\b|\b{youre} doing (?:it|this|that) again\b|\b{you} (?:do|pull|pulled|did) (?:this|that)(?: to me)? (?:all the time|every (?:single )?time|constantly|again)\b|\b{you} do it (?:all the time|every time|constantly)\b`,
        },
        {
          strength: 2,
          pattern: String.raw`\b{you} only (?:ever )?(?:call|text|message|reply|answer|talk to me|reach out|show up|come (?:home|over|around)|want me|care|notice|remember|bother|help)\b|\b{you}(?:'re)? act(?:ing|s)? (?:like|as if) (?:i|i'm|im|i am) (?:don't|dont|do not|not|invisible|nothing|a stranger|your)\b|\b(?:you'd|youd|you would) rather (?:be|do|talk|spend|hang)\b[^.!?\n]{0,40}\bthan (?:with |talk to |be with |see |spend time with )?me\b|\b(?:nobody|no one|noone) else (?:treats|would treat|talks to|ignores|makes me)\b|\b{you} (?:make|made|making|turn|turned) (?:everything|it all|this|it) (?:about (?:you|yourself))\b|\bcare (?:more|less) about\b[^.!?\n]{0,30}\bthan (?:me|us|about me)\b|\b{you} still (?:don't|dont|do not) (?:get it|understand|listen|care|see it)\b|\bif {you} (?:really |actually )?(?:cared|loved me|wanted to|respected me|gave a (?:damn|shit))\b|\btime for (?:everyone|everybody|everything|them|your friends|work)(?: else)? (?:but|except) me\b|\btime for\b[^.!?\n]{0,30}\bbut not (?:for )?me\b`,
        },
        {
          strength: 2,
          pattern: String.raw`\b{you} (?:really |actually |seriously |just )?(?:did (?:this|that)|forgot|bailed|cancelled|canceled|flaked|let me down|lied|ignored me|blew me off|stood me up|are late) (?:again|once again)\b|\b{youre} late (?:again|once again)\b|\b{you} promised\s*\.|\b{you} (?:went|go|going|gone) (?:quiet|silent|cold|dark|mia|awol) (?:again|on me)\b`,
        },
        {
          strength: 2,
          pattern: String.raw`\b{you} (?:can't|cant|couldn't|couldnt|won't|wont|didn't|didnt) even\b(?! (?:tell|see it|notice|imagine|believe)\b)`,
          explanation: '“You can’t even…” measures them against a bar they didn’t know was there.',
        },
        {
          strength: 2,
          pattern: String.raw`\b{youre} (?:so |just |literally |honestly |being |such an? )?(?:impossible|pathetic|useless|selfish|heartless|hopeless|unreliable|childish|immature|cruel|toxic|a liar|lazy|a joke|unbelievable|ridiculous){end}(?![^.!?\n]{0,40}\b(?:thank|thanks|love|amazing|best|proud)\b)`,
          explanation:
            'A label for who they are is hard to hear; what happened today is easier to talk about.',
        },
        {
          strength: 2,
          pattern: String.raw`\b{you}(?: clearly| obviously| just| really| honestly)? {dont} (?:even )?(?:(?:care(?: about (?:me|us|anything|my feelings|how i feel))?|love me(?: anymore)?){end}|want (?:me|us|this|to (?:be with|see|talk to|spend time with) me)\b|(?:miss|respect|like) me\b)`,
          explanation: 'Deciding what they feel for them leaves them only one reply: to defend themselves.',
        },
      ],
    },
    'blame-question': {
      explanation:
        'A “why are you…” question lands as an accusation; the worry underneath is easier to hear.',
      markers: [
        {
          strength: 3,
          pattern: String.raw`\b{why} {are} {you} (?:still |even |always |just |so )?(?:ignoring|avoiding|ghosting|blanking|punishing|doing this|doing that|treating me|shutting me out|pushing me away|being (?:like this|like that|this way|so (?:cold|distant|mean|rude|difficult|defensive|dramatic|petty|childish|selfish))|acting (?:like this|like that|this way|so (?:cold|distant|weird))|not (?:answering|replying|responding|talking to me|picking up|texting)|mad at me|angry with me|upset with me|lying|like this|like that)\b`,
        },
        {
          strength: 2,
          pattern: String.raw`\b{why} {are} {you} (?:being )?so (?:cold|distant|mean|rude|quiet|selfish|difficult|dramatic|defensive|annoying|careless|lazy|angry|mad|weird|short with me|dismissive|childish|petty|cruel|harsh|hostile|secretive|closed off)\b`,
        },
        {
          strength: 3,
          pattern: String.raw`\b{why} {wont} {you}\b`,
        },
        {
          strength: 2,
          pattern: String.raw`\b{why} {notaux} {you}\b`,
        },
        {
          strength: 2,
          pattern: String.raw`\b{why} {dont} {you} (?:ever|even|just (?:tell|say|admit|answer|reply|listen)|care|listen|understand|love me|trust me|believe me|answer|reply|respond|want to|like me|get it|make time|remember|notice)\b`,
        },
        {
          strength: 2,
          pattern: String.raw`\b{why} (?:do|did|would|does) {you} (?:always|never|even|keep|have to|do this|do that|act|care|bother|ignore|treat|hate|make|say that|said that|lie|leave|feel the need|pull|push|shut|block|unfollow|hang up|cancel|bail|flake|forget|not|say|take so long|get so|get mad|get angry|get defensive)\b`,
        },
        {
          strength: 2,
          pattern: String.raw`\bhow (?:could|can|would) {you}\b(?= (?:not|forget|do (?:this|that)|say (?:that|this)|lie|leave|ignore|be so|let|treat|just|possibly|even|think that)\b|{end})|\bhow dare {you}\b`,
        },
        {
          strength: 2,
          pattern: String.raw`\b{why} is it so hard (?:for {you} )?to\b|\b{why} is (?:your|ur) phone (?:always |still |constantly )?(?:off|on silent|dead)\b|\b{why} (?:is|does) (?:it|everything) (?:always|never|have to be)\b|\bis it (?:really |so )?too much to ask\b|\bare {you} even (?:listening|there|trying|reading|paying attention|awake)\b|\bwhat am i supposed to (?:think|do|say|feel|believe)\b(?! (?:with|about|for|at|tomorrow|tonight)\b)`,
        },
        {
          strength: 3,
          pattern: String.raw`\b(?:{dont} you|how) dare\b`,
        },
        {
          strength: 2,
          pattern: String.raw`\b{youre} (?:just |really |seriously |actually )?not (?:going to|gonna) (?:answer|reply|respond|talk|text|call|say anything)\b|\b{you} still (?:haven't|havent|have not|didn't|didnt|did not) (?:said anything|replied|answered|called|texted back|responded|apologi[sz]ed|said sorry)\b`,
        },
        {
          strength: 2,
          pattern: String.raw`\bdo {you} even (?:love|care|like|want|listen|miss|think about|notice|read)\b`,
        },
        {
          strength: 2,
          pattern: String.raw`\b(?:ignoring|ignore|avoiding|avoid|ghosting|ghost|blanking|blank) me\b(?<=\b(?:{youre}|are {you}|{you}|fun|enjoy(?:ing)?|keep|go ahead(?: and)?)\b[^.!?\n]{0,20}?\b(?:ignoring|ignore|avoiding|avoid|ghosting|ghost|blanking|blank) me)`,
          explanation:
            'Telling them what they are doing invites a defence; saying you miss them invites them closer.',
        },
      ],
    },
    'demand-ping': {
      explanation: 'Pings like “hello??” carry the ache of waiting, but they usually read as pressure.',
      markers: [
        { strength: 3, pattern: String.raw`(?<![^\s.!,;:\n])\?{3,}` },
        { strength: 2, pattern: String.raw`(?<![^\s.!,;:\n])\?\?(?!\?)` },
        { strength: 1, pattern: String.raw`{start}\?{alone}` },
        { strength: 3, pattern: String.raw`\bhel+o+\s*\?+\s*hel+o+\s*\?+` },
        { strength: 2, pattern: String.raw`\bhel+o+(?: there)?\s*\?{2,}` },
        { strength: 1, pattern: String.raw`{start}hel+o+\s*\?{alone}` },
        { strength: 2, pattern: String.raw`\b(?:are )?{you} (?:there|alive|awake)\s*\?{2,}` },
        { strength: 1, pattern: String.raw`{start}(?:are )?{you} (?:there|alive|awake)\s*\?{alone}` },
        {
          strength: 3,
          pattern: String.raw`\banswer me(?: now| already| right now)?{end}|\bstop (?:ignoring|avoiding|ghosting|dodging)\b`,
        },
        {
          strength: 2,
          pattern:
            '{start}(?:just |please |pls |plz |now |seriously )?(?:answer (?:the|your|ur|my) (?:phone|texts?|messages?|calls?)|pick up(?: (?:the|your|ur) (?:damn |fucking |bloody )?phone)?|reply(?: to me)?|respond(?: to me)?|text me back|call me back|talk to me|answer)(?: now| already| right now)?{end}',
        },
        {
          strength: 2,
          pattern: String.raw`{start}(?:call|text|answer|reply to) me\s*[.!]*\s*now\b|\bstill nothing\b|{start}(?:still )?nothing\s*\?+{alone}|\bno (?:reply|answer|response)\s*\?+{alone}|\bnot (?:one|a single|even one|even a) (?:text|message|call|word|reply)\b|\banswer (?:my|the) questions?(?: already| now)?{end}`,
        },
        {
          strength: 2,
          pattern: String.raw`\bdid {you} even (?:see|get|read|check) my (?:message|messages|msg|text|texts|calls?|voicemail)\b|\bdid {you} (?:see|get|read|check) my (?:message|messages|msg|text|texts|calls?|voicemail)\s*\?{2,}`,
        },
      ],
    },
    surveillance: {
      explanation:
        'Noticing they were online is painful — saying so reads as being watched, not as being missed.',
      markers: [
        {
          strength: 3,
          pattern: String.raw`\bi (?:can )?(?:see|saw|know|noticed) (?:that )?{you}(?:'re| are| were|'ve been| have been| was)? (?:{online}|reading|(?:read|seen|saw|opened) (?:it|my))\b`,
        },
        {
          strength: 2,
          pattern: String.raw`\b{you}(?<!\b(?:did|do|have|has|if|when|once|after|are|were) {you})(?: were| was|'ve been| have been| been| are still|'re still|re still) (?:still )?{online}\b(?! (?:tomorrow|later|tonight|for the)\b|\s*\?(?!\?))`,
        },
        {
          strength: 3,
          pattern: String.raw`\b(?:left|leaving|leave|leaves) me on (?:read|seen|delivered)\b|\bon read again\b`,
        },
        {
          strength: 2,
          pattern: String.raw`\b{you}(?<!\b(?:did|do|have|has|if|when|once|after|before) {you})(?:'ve| have)? (?:read|saw|seen|opened) (?:it|my (?:message|messages|msg|text|texts))\b`,
        },
        {
          strength: 2,
          pattern: String.raw`\b(?:two |double )?blue ticks?\b|\bread receipts?\b|\blast seen\b`,
        },
        {
          strength: 2,
          pattern: String.raw`\b{you} had (?:all day|all night|all evening|hours|the whole day|plenty of time) to (?:reply|text|answer|call|respond|post|like|comment)\b`,
        },
        {
          strength: 2,
          pattern: String.raw`\b(?:had|have|found|got|find) (?:the )?time to (?:post|like|comment|be on|go on|scroll|watch|play|tweet|upload|update your)\b`,
        },
        {
          strength: 2,
          pattern: String.raw`\bi saw (?:that )?{you} (?:liked|commented|posted|followed|viewed|watched|reacted|replied to|were on|was on|are on)\b`,
        },
      ],
    },
    'stonewalling-exit': {
      explanation: '“Fine.” closes the door you actually want them to walk through.',
      markers: [
        {
          strength: 2,
          pattern: String.raw`{start}fine(?: then)?\s*\.+(?=\s*(?:$|\n|[^a-z0-9\s]|whatever|forget|do what|go\b|bye|have fun|enjoy|{im} done|don't|dont|leave|never mind|nvm|ok\b|k\b))`,
        },
        { strength: 1, pattern: '{start}fine(?: then)?{alone}' },
        {
          strength: 2,
          pattern: String.raw`{start}fine,? i'll (?:just )?(?:go|do it|figure it out|ask someone else|find someone|sort it)\b[^.!?\n]{0,20}?\b(?:myself|alone|then|without you)\b|\bi'll (?:just )?(?:do it|go) (?:by )?myself,? then\b|{start}(?:ok |okay )?bye then\s*\.+{alone}|\b{im} not doing this (?:anymore|any more)\b|\b{im} not doing this{stop}|\bi'll (?:just )?stop (?:bothering|annoying|texting|messaging|calling|pestering) you\b`,
        },
        {
          strength: 2,
          pattern: String.raw`\bwhatever(?<!\b(?:or|and|like|say|said|saying|do|eat|want|of|with|just do) whatever)(?: then| man| dude)?{end}`,
          explanation: '“Whatever” says it doesn’t matter, when it clearly does.',
        },
        {
          strength: 3,
          pattern: String.raw`\bforget(?<!\b(?:{dont}|not|never|{wont}|can't|cant|to|may|might|could|i'll|you'll|we'll) (?:just )?forget) (?:it|i said anything|i asked|i even asked|i even said anything|we talked|everything)\b(?!')`,
        },
        {
          strength: 2,
          pattern: String.raw`\b{im} (?:so |just |literally |honestly |officially |really )?done(?: with (?:this|you|us|it|all (?:of )?this|trying|waiting|caring|everything|this relationship|your (?:excuses|games|shit|crap|bullshit)|being \w+))?{stop}|\bwe(?:'re| are|re) (?:so )?done{stop}|\bwe(?:'re| are|re) over\b|\bit's over between us\b`,
          explanation: '“I’m done” is often “I’m hurting”, said from behind a closed door.',
        },
        {
          strength: 2,
          pattern: String.raw`\b{dont} bother (?:coming (?:home|back|over)|replying|answering|texting|calling|responding|explaining|apologi[sz]ing|trying|asking)\b|\b{dont} (?:even )?bother{end}`,
        },
        {
          strength: 3,
          pattern: String.raw`\bleave me alone\b|\b{dont} (?:talk|speak|text) to me\b|\b{dont} (?:text|call|message|contact) me(?:{end}| again| anymore| ever)|\bi give up(?: on (?:you|us|this relationship|trying))?{end}`,
        },
        {
          strength: 2,
          pattern: String.raw`\b{im} (?:so |really |just )?(?:sick|tired) of (?:this|it|you|us){stop}|\b{im} (?:so |really |just )?(?:sick|tired) of (?:always|being|waiting|trying|chasing|begging|your (?:excuses|games|attitude|lies))\b`,
        },
        {
          strength: 2,
          pattern: String.raw`\bi {dont} care (?:anymore|any more)\b|\bdo (?:whatever|what) {you} want{end}(?<!\b(?:we|you|can|could|let's|to|we'll) do (?:whatever|what) {you} want)`,
        },
        {
          strength: 1,
          pattern: String.raw`{start}(?:k|ok|okay|kk|cool|bye)\s*\.+{alone}`,
          explanation:
            'A one-word reply with a full stop can land like a closed door, even when you only meant to be brief.',
        },
      ],
    },
    'guilt-score-keeping': {
      explanation: 'Keeping score asks them to feel guilty, when what you want is to feel cared for.',
      markers: [
        {
          strength: 3,
          pattern: String.raw`\bafter (?:everything|all|all that|all the things) (?:{ive}|i) (?:ever )?(?:do|did|done|gave|given|give|sacrificed|put up with|been through|go through|went through)\b`,
        },
        {
          strength: 3,
          pattern: String.raw`\b(?:{im}|being) (?:always |the only one |just )?(?:always )?the (?:only )?one (?:who|that|to) (?:always |ever |even )?(?:texts?|texted|calls?|reach(?:es)? out|initiates?|plans?|makes? (?:the )?(?:plans?|effort|time|an effort|things happen|dinner)|apologi[sz]es?|says sorry|has to|have to|tries|try|cares?|does|do\b|cleans?|cooks?|organi[sz]es?|remembers?|compromises?|gives?|waits?|fix(?:es)?|puts? in|asks?|books?|pays?|picks? up|reaches|bothers?|shows up|makes? it work|worries|listens|checks in|holds|ends? up)|\b(?:{im}|being) (?:always |just )?the (?:only )?one (?:always )?(?:cleaning|cooking|texting|calling|planning|reaching out|apologi[sz]ing|trying|doing|organi[sz]ing|making|paying|waiting|chasing|initiating|carrying|fixing|giving|compromising|putting in|picking up|asking|remembering|caring)\b`,
        },
        { strength: 2, pattern: String.raw`\bit's (?:always|only ever|always only) me(?: who| that|{end})` },
        {
          strength: 2,
          pattern: String.raw`\bi always have to (?:be the one|do|remind you|ask|beg|plan|organi[sz]e|clean|cook|chase|text|call|initiate|make|fix|sort|pick up|drag|wait)\b`,
        },
        {
          strength: 2,
          pattern: String.raw`\bi do (?:everything|all the (?:work|cooking|cleaning|planning|chores))(?= around here| for (?:you|us|this family)| and|{end})`,
        },
        {
          strength: 2,
          pattern: String.raw`\ball i (?:ever )?do is (?:give|try|wait|care|chase|support|clean|cook|work|worry)\b|\bi gave up (?:everything|so much|my \w+) for (?:you|this)\b|\b{im} (?:so )?used to it(?: by now)?{end}|\b{why} do i (?:even |always )?(?:bother|try)\b`,
        },
      ],
    },
    'contempt-sarcasm': {
      explanation: 'Sarcasm protects the hurt, but it is the part that gets heard.',
      markers: [
        { strength: 3, pattern: String.raw`\b(?:thanks?|thank you)(?: so much| a lot)? for nothing\b` },
        {
          strength: 2,
          pattern: String.raw`\b(?:thanks?|thank you)(?: so much| a lot| very much)? for (?:ruining|wrecking|ignoring|ditching|forgetting|abandoning|leaving me|standing me up|bailing|blowing me off)\b|\bwow,? (?:thanks?|thank you)(?: so much| a lot)? for (?:the support|your support|caring|asking)\b|\banother excuse\b|{start}(?:oh )?(?:great|perfect|wonderful|fantastic|brilliant|lovely),? (?:another|just what i needed)\b|\b{you} (?:could|can) (?:at least|have at least)\b`,
        },
        { strength: 2, pattern: String.raw`\b(?<!\bthat )must be nice(?:{end}| to\b| for (?:you|some)\b)` },
        {
          strength: 2,
          pattern: String.raw`{start}wow(?:\s*[.,!]+\s*|\s+)(?:just wow|ok|okay|k|alright|fine|cool|nice|great)(?: then)?\s*[.!]*(?=[^a-z0-9]*$|\s*(?:thanks|whatever|cool|bye|fine)\b)`,
        },
        { strength: 1, pattern: String.raw`{start}wow\s*\.+{alone}` },
        {
          strength: 2,
          pattern: String.raw`\bnice of {you} to (?:finally |actually |even )?(?:reply|respond|answer|text|call|show up|join|let me know|remember|get back|acknowledge|notice|bother)\b|\b(?:oh )?so now {you} (?:reply|respond|answer|text|call|have time|want to talk|care|decide|show up|remember)\b`,
        },
        {
          strength: 2,
          pattern: String.raw`\b(?:good|nice|great) to know (?:where i stand|how (?:much|little) i matter|i'm not a priority|i don't matter|what i mean to you)\b|\bglad {you} had (?:fun|a good time|a great time) (?:without me|with (?:them|her|him|everyone else))\b`,
        },
        {
          strength: 2,
          pattern: String.raw`\blook who (?:finally )?(?:decided to |remembered to |chose to )?(?:shows? up|showed up|replie[ds]|reply|respond|answer|texts?|calls?|exists?|is alive|remembered|came back)\b`,
        },
        {
          strength: 2,
          pattern: String.raw`{start}(?:yeah |oh )?sure {you} (?:were|did|are|was|will|have)\b|\byeah right{end}|\bof course {you} (?:didn't|didnt|forgot|would|wouldn't|wouldnt|had to|have to|don't|dont)\b`,
        },
        {
          strength: 2,
          pattern: String.raw`\b(?:go ahead|go on|sure|fine|ok)(?: then)?,? (?:keep )?ignor(?:e|ing) me\b|\b(?:thanks|thank you|great|cool|nice|perfect|wonderful|awesome|good for you)\b[^.!?\n]{0,30}?\s*🙄`,
        },
        {
          strength: 2,
          pattern: String.raw`\bi see how it is\b|{start}(?:typical|classic)(?: you)?\s*[.!]*{alone}|{start}(?:unbelievable|incredible|unreal|ridiculous|pathetic)\s*\.+{alone}|\bmust be (?:so )?(?:hard|difficult|tough) to (?:type|text|reply|answer|pick up|send|call|find (?:the )?time)\b|\b{im} not your (?:mother|mum|mom|maid|servant|secretary|therapist|babysitter|personal assistant)\b|\bsorry (?:i (?:even )?(?:asked|bothered|exist|care|said anything)|for (?:existing|caring|breathing))\b|\b{you} think {you} can (?:just )?(?:disappear|ignore|walk|treat|leave|come back|show up|say)\b|\b{you} do {you},? i guess\b|\blike talking to a (?:brick )?wall\b|\bthe least {you} (?:could|can) do\b|\bare {you} (?:kidding|joking|serious|for real)(?: me)? right now\b|\b(?:can't|cant|cannot) believe {you} (?:forgot|would|actually|didn't|didnt|lied|left|ignored)\b|{start}(?:great|perfect|wonderful|brilliant|fantastic)\s*\.+\s*just (?:great|perfect|wonderful|brilliant|fantastic)\b|\b(?:so )?i guess (?:we're|were|we are|{youre}) not (?:talking|speaking|doing this|coming|bothering)\b|['"](?:busy|working|working late|tired|sick|asleep|sleeping|at work|with friends|in a meeting|forgot)['"]|\b(?:so )?{im} (?:just )?supposed to (?:sit|wait|just wait|be ok|be fine|accept|know|guess|read your mind|pretend)\b|\bhave (?:fun|a nice time|a great time|a good time)\b[^.!?\n]{0,30}? then{end}`,
        },
        { strength: 1, pattern: '🙄' },
      ],
    },
    'judgement-feeling': {
      explanation:
        '“I feel ignored” names what they did; “I feel lonely” names what you feel, and is easier to meet.',
      markers: [
        {
          strength: 2,
          pattern: String.raw`\bi(?:'m| am|m)?(?: just| really| honestly| still| always)? (?:feel|feeling|felt)(?: (?:so|really|very|completely|totally|kind of|kinda|a bit|a little|pretty|just|honestly|incredibly|utterly|quite))* {judged}\b`,
        },
        {
          strength: 2,
          pattern: String.raw`\bi (?:just |really |honestly |kind of |kinda )?feel (?:like|as if|as though) {you}(?:'re| are|re| r)? (?:don't|dont|do not|never|always|only|aren't|are not|not|pulling away|avoiding|ignoring|mad|angry|upset|lying|hiding|bored|done|tired of|over (?:me|us|it)|care more|prefer|want (?:space|out|someone|to leave)|stopped|moved on|hate|resent|push me|shut me|put (?:everyone|everything|work|your)|choose|pick|take me for granted|use me|make me|can't be bothered|cant be bothered|couldn't care|would rather|'d rather|d rather|checked out|distant|cold|drifting|slipping away|losing interest|lost interest|keep|won't|wont|can't|cant|didn't|didnt|ignore|avoid)\b`,
          explanation:
            '“I feel like you…” is a judgement in a feeling’s clothes; the feeling itself is easier to hear.',
        },
        {
          strength: 2,
          pattern: String.raw`\b(?:i guess|guess|clearly|obviously|apparently) {im} not (?:important|worth it|worth your time|a priority|your priority|good|interesting|enough)(?: enough)?\b|\bi (?:clearly |obviously |guess i |just )?(?:don't|dont|do not) (?:matter|mean anything|count)\b|\bi feel (?:like )?(?:an idiot|a fool|stupid|so stupid|dumb) for (?:waiting|trusting|believing|caring|thinking|hoping|expecting|getting my hopes up)\b`,
        },
        {
          strength: 2,
          pattern: String.raw`\b{you} (?:make|made|making) me feel (?:so |really |very |pretty |completely )?(?:{judged}|worthless|stupid|crazy|small|like crap|like shit|terrible|awful|guilty|like (?:i'm|im) (?:nothing|crazy|stupid|invisible|not enough|a burden))`,
        },
      ],
    },
  },
  softer: enSofter,
};
