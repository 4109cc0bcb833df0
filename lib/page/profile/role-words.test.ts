import { describe, expect, it } from 'vitest';
import { ROLE_WORDS } from './role-words';

describe('ROLE_WORDS', () => {
  it.each([
    'Kỹ sư phần mềm', 'Lập trình viên', 'Trưởng nhóm kỹ thuật', 'Pengembang Perangkat Lunak', 'Manajer Produk', 'Takım Lideri', 'Προγραμματιστής', 'Μηχανικός λογισμικού', 'Dezvoltator software', 'Inginer de sistem',
    'Abogada corporativa', 'Periodista de datos', 'Fundadora', 'Practicante de TI', 'Advogada trabalhista', 'Jornalista', 'Capo progetto', 'Farmacista ospedaliera', 'Tirocinante',
    'مهندسة بيانات أولى', 'مطوّرة رئيسية', 'متدربة صيفية', 'مبرمج', 'باحثة', 'سرپرست حسابداری', 'کارآموز حسابداری', 'برنامه‌نویس ارشد',
  ])('%s names a job', (title) => {
    expect(ROLE_WORDS.test(title)).toBe(true);
  });

  it.each(['Capo Verde', 'Kepala Sekolah Dasar Negeri 3 Bandung', 'Ciudad de México', 'Universitas Indonesia', 'جامعة الملك سعود', 'الرياض', 'هندسة البيانات', 'حسابداری', 'ایران، تهران'])('%s names none', (text) => {
    expect(ROLE_WORDS.test(text)).toBe(false);
  });
});
