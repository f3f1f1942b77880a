// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
import Link from '@docusaurus/Link';
import Translate, { translate } from '@docusaurus/Translate';
import Heading from '@theme/Heading';
import Layout from '@theme/Layout';
import type { ReactNode } from 'react';
import styles from './index.module.css';

interface Step {
  id: string;
  question: ReactNode;
  answer: ReactNode;
  to: string;
  linkLabel: ReactNode;
}

/** The questions a policy officer asks, in the order they ask them. */
const steps: Step[] = [
  {
    id: 'wat',
    question: <Translate id="home.step.what.question">Wat is een Zorghub?</Translate>,
    answer: (
      <Translate id="home.step.what.answer">
        Mensen in de bijstand krijgen een betaalde baan met aanvullende zorgtaken waar
        zorgorganisaties zelf geen tijd meer voor hebben, en signaleren wanneer het met een cliënt
        niet goed gaat.
      </Translate>
    ),
    to: '/docs/wat-is-een-zorghub',
    linkLabel: <Translate id="home.step.what.link">Lees wat een Zorghub is</Translate>,
  },
  {
    id: 'wie',
    question: <Translate id="home.step.who.question">Wie betaalt en wie wint?</Translate>,
    answer: (
      <Translate id="home.step.who.answer">
        Gemeente, sociale onderneming, zorgorganisaties, zorgverzekeraar, Rijk, medewerkers en
        cliënten: wat elk bijdraagt en wat elk terugkrijgt, met een schema van geld en diensten.
      </Translate>
    ),
    to: '/docs/wie-doet-mee',
    linkLabel: <Translate id="home.step.who.link">Bekijk wie er meedoen</Translate>,
  },
  {
    id: 'hoe',
    question: <Translate id="home.step.how.question">Hoe beginnen we?</Translate>,
    answer: (
      <Translate id="home.step.how.answer">
        Een stappenplan van alliantie en politiek draagvlak via werving, training en jobcoaching tot
        abonnementen, de signaalfunctie en monitoring.
      </Translate>
    ),
    to: '/docs/stappenplan',
    linkLabel: <Translate id="home.step.how.link">Open het stappenplan</Translate>,
  },
  {
    id: 'kosten',
    question: (
      <Translate id="home.step.cost.question">Wat kost het ons, en wat levert het op?</Translate>
    ),
    answer: (
      <Translate id="home.step.cost.answer">
        Reken de maatschappelijke businesscase door voor uw eigen regio, per partij, en download het
        rapport en een raadsvoorstel met uw cijfers.
      </Translate>
    ),
    to: '/docs/businesscase/rekentool',
    linkLabel: <Translate id="home.step.cost.link">Naar de rekentool</Translate>,
  },
  {
    id: 'verrekenen',
    question: (
      <Translate id="home.step.settle.question">Hoe verdelen we kosten en baten?</Translate>
    ),
    answer: (
      <Translate id="home.step.settle.answer">
        De baten vallen vaak bij een ander dan de kosten. Zo gebruikt u de verrekentabel in het
        gesprek met financiers.
      </Translate>
    ),
    to: '/docs/financiering-en-verrekening',
    linkLabel: (
      <Translate id="home.step.settle.link">Lees over financiering en verrekening</Translate>
    ),
  },
  {
    id: 'risico',
    question: <Translate id="home.step.risk.question">Wat kan er misgaan?</Translate>,
    answer: (
      <Translate id="home.step.risk.answer">
        De valkuilen uit Delft, Drechtsteden en Apeldoorn, en hoe u ze voorkomt.
      </Translate>
    ),
    to: '/docs/stappenplan/valkuilen',
    linkLabel: <Translate id="home.step.risk.link">Bekijk de valkuilen</Translate>,
  },
];

const technical = [
  {
    id: 'standaard',
    title: <Translate id="home.tech.standard.title">Gegevensstandaard</Translate>,
    text: (
      <Translate id="home.tech.standard.text">
        Entiteiten, velden, codelijsten en privacyklassen, en valideren met zorghub validate.
      </Translate>
    ),
    to: '/docs/standaard',
  },
  {
    id: 'api',
    title: <Translate id="home.tech.api.title">Referentie-API</Translate>,
    text: (
      <Translate id="home.tech.api.text">
        De API volgens de API Design Rules: draaien, beveiligen en de volledige referentie.
      </Translate>
    ),
    to: '/docs/api',
  },
  {
    id: 'ontwikkelaars',
    title: <Translate id="home.tech.dev.title">Voor ontwikkelaars</Translate>,
    text: (
      <Translate id="home.tech.dev.text">Start een regioproject met npx create-zorghub.</Translate>
    ),
    to: '/docs/ontwikkelaars',
  },
];

export default function Home(): ReactNode {
  return (
    <Layout
      title={translate({ id: 'home.title', message: 'Gids voor een Zorghub in uw regio' })}
      description={translate({
        id: 'home.description',
        message:
          'Zet een Zorghub op: betaald werk in aanvullende zorg voor mensen in de bijstand. Stappenplan, businesscase-rekentool, gegevensstandaard en API.',
      })}
    >
      {/* The hero is inside <main> so the skip link (which targets the first <main>) lands on the H1. */}
      <main>
        <header className={styles.hero}>
          <div className="container">
            <Heading as="h1" className={styles.title}>
              <Translate id="home.hero.title">Een Zorghub in uw regio</Translate>
            </Heading>
            <p className={styles.lead}>
              <Translate id="home.hero.lead">
                Deze gids neemt u als beleidsmaker stap voor stap mee: van het idee tot een
                draaiende Zorghub, met de businesscase voor uw eigen gemeenteraad.
              </Translate>
            </p>
            <div className={styles.actions}>
              <Link className="button button--primary button--lg" to="/docs/intro">
                <Translate id="home.hero.start">Begin met lezen</Translate>
              </Link>
              <Link
                className="button button--secondary button--lg"
                to="/docs/businesscase/rekentool"
              >
                <Translate id="home.hero.calculator">Open de rekentool</Translate>
              </Link>
            </div>
          </div>
        </header>
        <div className="container margin-vert--lg">
          <Heading as="h2">
            <Translate id="home.questions.title">Uw vragen, in volgorde</Translate>
          </Heading>
          <ol className={styles.steps}>
            {steps.map((step) => (
              <li key={step.id} className={styles.step}>
                <Heading as="h3" className={styles.stepQuestion}>
                  {step.question}
                </Heading>
                <p>{step.answer}</p>
                <Link to={step.to}>{step.linkLabel}</Link>
              </li>
            ))}
          </ol>
          <Heading as="h2">
            <Translate id="home.tech.title">Voor uw technische collega's</Translate>
          </Heading>
          <ul className={styles.cards}>
            {technical.map((item) => (
              <li key={item.id} className={styles.card}>
                <Heading as="h3">
                  <Link to={item.to}>{item.title}</Link>
                </Heading>
                <p>{item.text}</p>
              </li>
            ))}
          </ul>
          <p>
            <Translate
              id="home.practice"
              values={{
                delft: (
                  <Link to="/docs/praktijk/delft">
                    <Translate id="home.practice.delft">Delft</Translate>
                  </Link>
                ),
                drechtsteden: <Link to="/docs/praktijk/drechtsteden">Drechtsteden</Link>,
                apeldoorn: <Link to="/docs/praktijk/apeldoorn">Apeldoorn</Link>,
              }}
            >
              {'Leer van de praktijk in {delft}, {drechtsteden} en {apeldoorn}.'}
            </Translate>
          </p>
        </div>
      </main>
    </Layout>
  );
}
