import { describe, expect, it } from 'vitest';
import { createPhraseMatcher, phraseKey } from '../../../pipeline/stages/clean/phrase-matcher.ts';

const m = createPhraseMatcher();

describe('phrase matcher', () => {
  it.each([
    ['Share', 'share'],
    ['Advertisement', 'advertisement'],
    ['Anzeige', 'advertisement'],
    ['Temps de lecture : 4 min.', 'other'],
    ['Il vous reste 68.41% de cet article à lire. La suite est réservée aux abonnés.', 'advertisement'],
    ['Independent journalism needs your support', 'advertisement'],
    ['Know something we should cover? Email news@example.com or call 262-555-0148.', 'other'],
    ['Contact Dario Velasquez at dv@example.com or follow him on X at @dariov.', 'other'],
    ['Get the Morning Briefing newsletter in your inbox.', 'newsletter'],
    ['With files from Dominion Press', 'other'],
    ['On Air Now: Morning Edition', 'other'],
    ['¿Tenés una denuncia o una noticia? Mandanos un WhatsApp al 2656-555-012.', 'other'],
    ["Boutique Maison Plus 429 € Voir l'offre", 'advertisement'],
    ['Foyer Pratique peut percevoir une rémunération lorsque vous achetez un produit via nos liens.', 'advertisement'],
    ['Notice is hereby given that the council intends to make the above Order.', 'other'],
    ['About the author', 'author-bio'],
    ['Noticia Relacionada Valencia instala los primeros sonómetros en el Carmen', 'related-links'],
    ['Thanks for reading Crumb & Margin! Subscribe for free to receive new posts and support my work.', 'newsletter'],
    ['Cookies on the Ashcombe Borough Council website', 'cookie'],
    ['This advertisement has not loaded yet, but your article continues below.', 'advertisement'],
    ['You can save this article by registering for free here. Or sign-in if you have an account.', 'advertisement'],
    ['Publicité', 'advertisement'],
    ['Post navigation', 'navigation'],
    ['Latest news', 'navigation'],
    ['Lire aussi : Les critiques de la CNIL', 'related-links'],
    ['Related Coverage', 'related-links'],
    ['More stories', 'related-links'],
    ['Read next', 'related-links'],
    ['Next Up In Sport', 'related-links'],
    ['Up next in Politics', 'related-links'],
    ['Artículos Relacionados', 'related-links'],
    ['Ähnliche Artikel', 'related-links'],
    ['© 2024 VCPOST, All rights reserved. Do not reproduce without permission.', 'copyright'],
    ['Copyright © 2015 BBC. The BBC is not responsible for the content of external sites.', 'copyright'],
    ['Tous droits réservés', 'copyright'],
    ['This article may be reposted in part or in full with author attribution and source link.', 'licence'],
    ['We use cookies to improve your experience on our site.', 'cookie'],
    ["Les lettres publiées dans cette rubrique n'engagent que leurs auteurs. La rédaction se réserve le droit de les raccourcir.", 'other'],
    ['À la une', 'related-links'],
    ['Next story', 'related-links'],
    ['Download the app', 'advertisement'],
    ['Article réservé aux abonnés', 'advertisement'],
    ['Thank you for your patience while we verify access.', 'advertisement'],
    ['Our editorial team independently researches and recommends products. How we make money', 'advertisement'],
    ['By signing up you agree to receive email newsletters or alerts from The Capitol Dispatch. You can unsubscribe at any time.', 'newsletter'],
    ['Share full article 312 Save', 'share'],
    ['Listen to this article · 5:12 minLearn more', 'other'],
    ['Reporting from Helena, Mont., and Washington', 'other'],
    ["Texte d'un média partenaire", 'advertisement'],
    ['Health Partner content: Heartland Health Desk', 'advertisement'],
    ['Articolo successivo', 'related-links'],
    ['More Coverage', 'related-links'],
    ['RELATED Storm clean-up to take weeks as thousands still without power', 'related-links'],
    ['Fehler gefunden? Jetzt melden.', 'other'],
    ['Le puede interesar: Precio del café: así cerró la carga en las cooperativas del Eje Cafetero', 'related-links'],
    ['This article was first published in print in the Kōwhai Bay Weekly on 3 December 2026.', 'other'],
    ['Zobacz też: Apteka całodobowa w Wierzbnie? Radni pytają, ministerstwo odpowiada', 'related-links'],
    ['Nosotros y nuestros 847 socios almacenamos o accedemos a información en un dispositivo, tales como cookies.', 'cookie'],
    ['Wir und unsere Partner können Informationen auf einem Gerät speichern und/oder abrufen.', 'cookie'],
    ['Este contenido de YouTube está bloqueado porque no has aceptado las cookies de terceros.', 'cookie'],
    ['Manage preferences', 'cookie'],
    ['En poursuivant votre navigation sur ce site, vous acceptez l’utilisation de cookies.', 'cookie'],
    ['Sign up for our newsletter', 'newsletter'],
    ['Image Credit', 'credit'],
    ['Join the Conversation', 'comments'],
    ['Enviá tu comentario', 'comments'],
    ['Cet article vous est offert. Pour soutenir une information indépendante, abonnez-vous dès 1 € le premier mois.', 'advertisement'],
    ['Je m’abonne Déjà abonné ? Se connecter', 'advertisement'],
    ['Circuit Line may earn a commission when you buy through links on our site.', 'advertisement'],
    ['Auch interessant: Neues Halbleiterwerk in Sachsen soll 2023 starten', 'related-links'],
    ['Themen: Chipmangel Kurzarbeit Wermelskirchen', 'related-links'],
    ['Você já leu 4 de 5 matérias gratuitas deste mês. Assine por R$ 1,90 e tenha acesso ilimitado.', 'advertisement'],
    ['Receba a newsletter Conexão Agro', 'newsletter'],
    ['Lee también: La Albufera pide más agua: los regantes responden', 'related-links'],
    ['ÚLTIMA HORA Se registra sismo leve en la costa; no hay reportes de daños', 'navigation'],
    ['BREAKING: County road crews treating bridges ahead of freezing rain tonight', 'navigation'],
    ['Our weekly newsletter on the towns and cities of the north. Free, every Friday.', 'newsletter'],
    ['This is a modal window.', 'other'],
    ['This is a modal window. It can be closed with the Escape key or the close button.', 'other'],
    ['Beginning of dialog window. Escape will cancel and close the window.', 'other'],
    ['Los comentarios publicados son de exclusiva responsabilidad de sus autores y las consecuencias derivadas de ellos pueden ser pasibles de sanciones legales.', 'comments'],
  ])('%s -> %s', (line, kind) => {
    expect(m.match(line)?.kind).toBe(kind);
  });

  it.each([
    'The share price rose sharply after the announcement of the results on Tuesday.',
    'Share prices rose sharply in early trading as investors welcomed the news.',
    'Home prices fell for a third month.',
    'Relatedly, the council said the bridge would open in spring.',
    'More than 200 people attended the meeting on Tuesday evening.',
    'Browsers will stop third-party cookies next year, the company said on Tuesday.',
  ])('leaves prose alone: %s', (line) => {
    expect(m.match(line)).toBeNull();
  });

  it('normalises keys', () => {
    expect(phraseKey('  • 14 Comments:')).toBe('0 comments');
    expect(phraseKey('It’s  Here')).toBe("it's here");
  });
});
