/**
 * Stop words by language (lower case), used for the jusText-style stop-word
 * density of a line: running prose has many function words, menus and link
 * lists have few. The language of a document is the one whose list covers the
 * most of its words. Words are split at apostrophes, so elided forms appear as
 * fragments (`l`, `qu`, `s`). Adding a language is a data change: add one entry.
 */
export const STOPWORDS = {
  en: `a about above after again against all also although am an and any are around as at be because been before
being below between both but by can could did do does doing down during each either even ever every few for from
further had has have having he her here hers herself him himself his how however i if in into is it its itself
just least less like many may me might more most much must my myself neither never no nor not now of off often on
once only or other others our ours ourselves out over own per rather said same say says she should since so some
still such than that the their theirs them themselves then there these they this those though through thus to too
under until up upon us very was we were what when where whether which while who whom whose why will with within
without would yet you your yours yourself yourselves one two also another been being s t ll re ve d m don didn`,
  fr: `à au aux avec ce ces cet cette dans de des du elle elles en est et être eux il ils je la le les leur leurs lui
ma mais me même mes moi mon ne nos notre nous on ont ou où par pas plus pour qu que qui sa sans se ses si son sont
sur ta te tes toi ton tous tout toute toutes très tu un une vos votre vous y été était étaient avait avaient ainsi
alors aussi autre autres avant après car ceux comme comment donc dont encore entre fait faire leurs lors moins ni
peu peut plusieurs quand quel quelle quelles quels sera seront selon sous tandis tant dès l d c j n s qu m t`,
  de: `aber alle allem allen aller alles als also am an ander andere anderen auch auf aus bei beim bin bis bist da
damit dann das dass dem den denn der des dessen die dies diese diesem diesen dieser dieses doch dort du durch ein
eine einem einen einer eines er es etwa euch für gegen gewesen hab habe haben hat hatte hatten hier hin hinter ich
ihm ihn ihnen ihr ihre ihrem ihren ihrer im in indem ins ist jede jedem jeden jeder jedes jetzt kann kein keine
können man manche mehr mein mich mir mit muss nach nicht nichts noch nun nur ob oder ohne schon sehr sein seine
seinem seinen seiner sich sie sind so soll sollen sondern sowie über um und uns unser unter viel vom von vor wann
war waren warum was weil welche wenn wer werden wie wieder will wir wird wo wurde wurden zu zum zur zwar zwischen`,
  es: `a al algo algunos ante antes como con contra cual cuando de del desde donde durante e el ella ellas ellos en
entre era eran es esa esas ese eso esos esta estaba estado estas este esto estos fue fueron ha había han hasta hay
la las le les lo los más me mi mientras muy nada ni no nos nuestra nuestro o otra otras otro otros para pero poco
por porque que quien se sea sido sin sobre son su sus también tanto te tiene tienen todo todos tu un una uno unos y
ya él sí según ser será puede pueden dijo`,
  it: `a ad al alla alle allo agli ai anche ancora avere aveva che chi ci come con contro cui da dal dalla dalle dei
del della delle dello degli di dove e ed era erano essere gli ha hanno il in io la le lei lo loro lui ma mi mio
molto ne nel nella nelle nello negli noi non nostro o per perché più poi quale quando quella quelle quello questa
queste questo se sei si sia siamo sono sta stato su sua sue sui sul sulla suo tra tutti tutto un una uno vi già
così solo essere può`,
  pt: `a ao aos as até com como da das de dela dele deles do dos e ela elas ele eles em entre era eram essa esse esta
este eu foi foram há isso isto já lhe mais mas me mesmo muito na nas nem no nos nós o os ou para pela pelas pelo
pelos por porque quando que quem se sem ser seu seus sua suas também te tem têm um uma umas uns à às é são está
estão foi pode sobre após disse`,
  nl: `aan al als bij dan dat de der deze die dit door een en er had heeft het hij hun is je kan maar me met mij na
naar niet nog nu of om ook op over te tot uit van veel voor was wat we wel werd wie wij worden zal ze zich zijn zo`,
  cs: `a aby ale ani až bez bude budou by byl byla byli bylo být co či do i jak jako je jeho jej její jejich jen jsem
jsme jsou již k kde když který která které kteří ku mezi mu na nad ne než nebo o od on ona oni pak po pod podle pro
proti před při s se si so ta tak také tam te ten to tu tedy u v ve však z za ze že`,
  pl: `a aby ale bo by był była było były być czy dla do gdy gdzie i ich ile im iż ja jak jako je jego jej jest
jeszcze jednak jeśli już ku lub ma mają mi mnie może można mu na nad nam nas nie niż nich nim o od oraz po pod
ponad przed przez przy się sobie są ta tak także tam te tego tej ten też to tu tych tylko w we więc z za ze że
żeby co który która które którzy którego której których został została zostało będzie`,
  sv: `och att det som en på är av för med till den har de inte om ett han men var jag sig från vi så kan man när år
säger hon under också efter eller nu sin där vid mot ska skulle kommer ut får finns vara bli blev mycket hade
sina sitt deras dem detta dessa denna hur här än bara alla andra mellan utan mer in upp över då`,
  da: `og i at det er en til på med af for den de som ikke har han der var et vil om men fra kan hun sig jeg
blev efter også eller nu skal når ud over være havde sin sine deres dem denne disse hvordan her end kun alle
andre mellem uden mere op så da siger bliver vores`,
  no: `og i at det er en til på med av for den de som ikke har han der var et vil om men fra kan hun seg jeg
ble etter også eller nå skal når ut over være hadde sin sine deres dem denne disse hvordan her enn bare alle
andre mellom uten mer opp så da sier blir vår våre`,
  fi: `ja on ei se että oli hän ovat kun mutta myös tai jos niin kuin ole sen hänen joka jotka mitä tämä nämä
siitä sitä sekä vain vielä jo nyt kanssa ennen jälkeen mukaan sitten koska vaikka olla olivat ollut siis
kaikki muut eli kertoo mukaan noin yli alle`,
} as const;

/** Language codes with a stop-word list. */
export type StopwordLanguage = keyof typeof STOPWORDS;
