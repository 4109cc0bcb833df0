import { describe, expect, it } from 'vitest';
import { classifyTitle } from './section-titles';

describe('classifyTitle', () => {
  it.each([
    ['Work Experience', 'experience'], ['Relevant Work Experience', 'experience'], ['EMPLOYMENT HISTORY', 'experience'], ['Positions held', 'experience'], ["Where I’ve worked", 'experience'],
    ['Technical Skills:', 'skills'], ['Skills & Tools', 'skills'], ['Tech Stack', 'skills'], ['Core Competencies', 'skills'],
    ['Applications & Tools Known', 'tools'], ['Tools and Technologies', 'tools'],
    ['Academic Background', 'education'], ['Education & Training', 'education'],
    ['Some things I have built', 'projects'], ['Open source projects', 'projects'], ['Case Studies', 'projects'], ['Work', 'projects'],
    ['Honors and Awards', 'achievements'], ['Licences & Certifications', 'certifications'], ['Hobbies & Interests', 'interests'],
    ['About me', 'summary'], ['Vetted For', 'assessment'], ['AI-interview Questions & Answers', 'interview'],
    ['What you will do', 'jobpost'], ['Preferred qualifications', 'jobpost'],
    ['Skills/Languages', 'skills'], ['Languages and Tools', 'skills'], ['Kontaktdaten (geschäftlich)', 'contact'], ['Experience (selected)', 'experience'], ['Languages & Frameworks', 'skills'], ['Languages', 'languages'], ['Languages & Interests', 'languages'], ['Digital skills', 'skills'], ['Leadership & Soft Skills', 'skills'], ['Professional Strengths', 'skills'], ['Toolbox', 'skills'],
    ['Berufserfahrung', 'experience'], ['Expériences professionnelles', 'experience'], ['Esperienza lavorativa', 'experience'], ['Academic Appointments', 'experience'], ['Timeline', 'experience'], ['Teaching Experience', 'experience'],
    ['Fähigkeiten und Kenntnisse', 'skills'], ['> skills.txt', 'skills'], ['// work_experience', 'experience'], ['01. Experience', 'experience'], ['Areas of expertise', 'skills'],
    ['Habilidades', 'skills'], ['Competências', 'skills'], ['Kenntnisse', 'skills'], ['Ausbildung', 'education'], ['Formación', 'education'], ['Istruzione', 'education'],
  ])('%s is a %s section', (title, kind) => {
    expect(classifyTitle(title)).toBe(kind);
  });

  it.each(['Research and development', 'Terms and conditions', 'Getting started', 'My experience with Kubernetes', 'Background', 'Open source', 'Meet the team', 'AGH University of Science and Technology', 'Years of Experience', '4 Projects'])(
    '%s is no known section',
    (title) => {
      expect(classifyTitle(title)).toBe('other');
    },
  );
});
