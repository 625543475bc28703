"""Write the national evaluation directories of mitramatch, in three shapes each.

Everything written here is fictional: the institutions, the people, their offers, capacities,
visions and track records. Government offices carry the standard nomenclature of such offices
(for example "Dinas Tenaga Kerja Kabupaten Malang"); what they offer here is invented and says
nothing about the real offices. Region codes, regency names and representative coordinates are
real, copied from shared/data/wilayah (github.com/cahyadsn/wilayah, MIT licence, Copyright (c)
Cahya DSN, and cahyadsn/wilayah_boundaries for the points).

How it works: every partner is one hand-written line in a directory block below::

    kind sector | name | region_code [tidak] [x] | d=... | t=... | s=... | p=... | h=... | v=... | k=...

``d t s p h`` are the offers in the aspects dana, tenaga, sarana, program and
pendayagunaan_hasil; ``{...}`` at the end of an offer is its capacity (``{12}`` or, with the
words the one-column shape uses, ``{500:kg/bulan}``); ``v`` and ``k`` are vision and seeks
(otherwise a hand-written phrase for the kind is chosen); ``y=years/completed`` the track record;
``tidak`` marks an inactive partner and ``x`` a row with most cells empty. A fixed seed decides
only the mechanical parts: coordinate offsets (up to 12 km from the regency's point), which
cells go missing, how `active` is spelled, and the spellings used by the other two shapes.

Shapes written for every directory (same partners, same partner_ids):

- ``<dir>.csv``            per_aspek: the contract's canonical columns;
- ``<dir>_satu_kolom.csv`` satu_kolom: Indonesian headers and one free-text offer column;
- ``<dir>_kapital.csv``    kapital: canonical columns, UPPER CASE names and regions, variant
  regency/province spellings, region_code/lat/lon empty.

Run from the repository root (standard library only)::

    python3 data/eval/national/make_national.py

The grades in judgements.csv were judged by reading the files this script writes; changing a
partner line or the seed invalidates them.
"""

from __future__ import annotations

import csv
import math
import random
import re
from pathlib import Path

SEED = 20_26_0531
HERE = Path(__file__).resolve().parent
ASPECTS = ("dana", "tenaga", "sarana", "program", "pendayagunaan_hasil")
TAGS = dict(zip("dtsph", ASPECTS))
COLUMNS = [
    "partner_id", "name", "sector", "kind", "province", "regency", "region_code", "lat", "lon",
    *[f"offers_{a}" for a in ASPECTS],
    *[f"capacity_{a}" for a in ASPECTS],
    "vision", "seeks", "active", "years_active", "partnerships_completed",
]
SECTORS = {"g": "pemerintah", "s": "swasta", "m": "masyarakat"}
UNITS = {"tenaga": "orang", "sarana": "unit", "program": "peserta",
         "pendayagunaan_hasil": "orang/tahun"}

# Kemendagri code: (name, lat, lon) of the regency's representative point (shared/data/wilayah).
REGIONS = {
    "31.75": ("Kota Administrasi Jakarta Timur", -6.25497, 106.90069),
    "31.74": ("Kota Administrasi Jakarta Selatan", -6.2726, 106.81004),
    "31.71": ("Kota Administrasi Jakarta Pusat", -6.1812, 106.83512),
    "31.72": ("Kota Administrasi Jakarta Utara", -6.12718, 106.86661),
    "31.73": ("Kota Administrasi Jakarta Barat", -6.16533, 106.7483),
    "32.73": ("Kota Bandung", -6.91924, 107.6366),
    "32.04": ("Kabupaten Bandung", -7.09759, 107.60873),
    "32.77": ("Kota Cimahi", -6.88632, 107.5429),
    "32.17": ("Kabupaten Bandung Barat", -6.89044, 107.41498),
    "32.11": ("Kabupaten Sumedang", -6.82475, 107.98127),
    "32.05": ("Kabupaten Garut", -7.35945, 107.78794),
    "32.03": ("Kabupaten Cianjur", -7.13089, 107.1592),
    "33.02": ("Kabupaten Banyumas", -7.45551, 109.17579),
    "33.03": ("Kabupaten Purbalingga", -7.32323, 109.4072),
    "33.01": ("Kabupaten Cilacap", -7.48893, 108.88984),
    "33.04": ("Kabupaten Banjarnegara", -7.35133, 109.65705),
    "33.05": ("Kabupaten Kebumen", -7.65496, 109.61735),
    "33.28": ("Kabupaten Tegal", -7.02878, 109.15852),
    "33.74": ("Kota Semarang", -7.0239, 110.39152),
    "34.04": ("Kabupaten Sleman", -7.71646, 110.38321),
    "34.71": ("Kota Yogyakarta", -7.8033, 110.37436),
    "34.02": ("Kabupaten Bantul", -7.90133, 110.35488),
    "34.01": ("Kabupaten Kulon Progo", -7.81871, 110.16711),
    "34.03": ("Kabupaten Gunungkidul", -7.99391, 110.6118),
    "33.72": ("Kota Surakarta", -7.55789, 110.82314),
    "35.07": ("Kabupaten Malang", -8.12592, 112.64091),
    "35.73": ("Kota Malang", -7.9783, 112.63591),
    "35.79": ("Kota Batu", -7.83467, 112.53376),
    "35.14": ("Kabupaten Pasuruan", -7.74243, 112.83184),
    "35.05": ("Kabupaten Blitar", -8.13101, 112.23722),
    "35.08": ("Kabupaten Lumajang", -8.12544, 113.1385),
    "35.78": ("Kota Surabaya", -7.27432, 112.72358),
    "35.15": ("Kabupaten Sidoarjo", -7.45147, 112.7003),
    "12.07": ("Kabupaten Deli Serdang", 3.48034, 98.69483),
    "12.71": ("Kota Medan", 3.62904, 98.6672),
    "12.75": ("Kota Binjai", 3.60023, 98.48922),
    "12.18": ("Kabupaten Serdang Bedagai", 3.36626, 99.05771),
    "12.05": ("Kabupaten Langkat", 3.70876, 98.22367),
    "12.06": ("Kabupaten Karo", 3.11844, 98.30136),
    "12.12": ("Kabupaten Toba", 2.38896, 99.24757),
    "11.71": ("Kota Banda Aceh", 5.5587, 95.32771),
    "11.74": ("Kota Langsa", 4.48182, 97.9806),
    "13.71": ("Kota Padang", -0.89887, 100.43764),
    "13.05": ("Kabupaten Padang Pariaman", -0.565, 100.22793),
    "13.77": ("Kota Pariaman", -0.6086, 100.1381),
    "13.02": ("Kabupaten Solok", -0.98357, 100.84128),
    "13.74": ("Kota Padang Panjang", -0.47245, 100.4023),
    "13.75": ("Kota Bukittinggi", -0.29958, 100.37254),
    "13.04": ("Kabupaten Tanah Datar", -0.46765, 100.58406),
    "13.06": ("Kabupaten Agam", -0.25188, 100.17088),
    "14.71": ("Kota Pekanbaru", 0.55128, 101.46573),
    "63.71": ("Kota Banjarmasin", -3.32912, 114.5918),
    "63.04": ("Kabupaten Barito Kuala", -3.0912, 114.63022),
    "63.72": ("Kota Banjarbaru", -3.47477, 114.79118),
    "63.03": ("Kabupaten Banjar", -3.32049, 115.07991),
    "63.01": ("Kabupaten Tanah Laut", -3.81923, 114.90533),
    "63.05": ("Kabupaten Tapin", -2.92162, 115.04513),
    "63.10": ("Kabupaten Tanah Bumbu", -3.43971, 115.64714),
    "64.72": ("Kota Samarinda", -0.50028, 117.17706),
    "73.06": ("Kabupaten Gowa", -5.3089, 119.71872),
    "73.71": ("Kota Makassar", -5.13561, 119.4639),
    "73.09": ("Kabupaten Maros", -4.99962, 119.72629),
    "73.05": ("Kabupaten Takalar", -5.41845, 119.47415),
    "73.04": ("Kabupaten Jeneponto", -5.56703, 119.69888),
    "73.10": ("Kabupaten Pangkajene dan Kepulauan", -4.93854, 119.47959),
    "73.14": ("Kabupaten Sidenreng Rappang", -3.81311, 119.95848),
    "73.03": ("Kabupaten Bantaeng", -5.49018, 119.98736),
    "76.01": ("Kabupaten Pasangkayu", -1.48966, 119.50763),
    "53.71": ("Kota Kupang", -10.20451, 123.60454),
    "53.01": ("Kabupaten Kupang", -9.91609, 123.86145),
    "53.02": ("Kabupaten Timor Tengah Selatan", -9.82924, 124.39709),
    "53.14": ("Kabupaten Rote Ndao", -10.72596, 123.12445),
    "53.03": ("Kabupaten Timor Tengah Utara", -9.37787, 124.56922),
    "52.71": ("Kota Mataram", -8.59015, 116.11096),
    "51.71": ("Kota Denpasar", -8.66836, 115.22082),
}

# Province names as the canonical shape writes them (provinsi.csv; DKI as lists write it).
PROVINCES = {
    "11": "Aceh", "12": "Sumatera Utara", "13": "Sumatera Barat", "14": "Riau",
    "31": "DKI Jakarta", "32": "Jawa Barat", "33": "Jawa Tengah",
    "34": "Daerah Istimewa Yogyakarta", "35": "Jawa Timur", "51": "Bali",
    "52": "Nusa Tenggara Barat", "53": "Nusa Tenggara Timur", "63": "Kalimantan Selatan",
    "64": "Kalimantan Timur", "73": "Sulawesi Selatan", "76": "Sulawesi Barat",
}
# How official UPPER CASE lists write provinces: full name first, then the short forms people use.
KAPITAL_PROVINCES = {
    "11": ["NAD", "ACEH", "NAD"], "12": ["SUMATERA UTARA", "SUMUT", "SUMATRA UTARA"],
    "13": ["SUMATERA BARAT", "SUMBAR"], "14": ["RIAU"],
    "31": ["DKI JAKARTA", "DKI", "D.K.I. JAKARTA"], "32": ["JAWA BARAT", "JABAR"],
    "33": ["JAWA TENGAH", "JATENG"], "34": ["D.I YOGYAKARTA", "DIY", "DI YOGYAKARTA"],
    "35": ["JAWA TIMUR", "JATIM"], "51": ["BALI"], "52": ["NUSA TENGGARA BARAT", "NTB"],
    "53": ["NUSA TENGGARA TIMUR", "NTT"], "63": ["KALIMANTAN SELATAN", "KALSEL"],
    "64": ["KALIMANTAN TIMUR", "KALTIM"], "73": ["SULAWESI SELATAN", "SULSEL"],
    "76": ["SULAWESI BARAT", "SULBAR"],
}
# Older, shortened or misspelt regency names people still write (used by the kapital shape,
# alongside the standard KAB. X / KOTA X form). A leading "!" means: always use the variants.
KAPITAL_VARIANTS = {
    "31.75": ["KOTA ADM. JAKARTA TIMUR", "JAKARTA TIMUR", "JAKTIM"],
    "31.74": ["JAKARTA SELATAN", "KOTA ADM. JAKARTA SELATAN"],
    "31.71": ["JAKARTA PUSAT"], "31.72": ["JAKARTA UTARA"], "31.73": ["JAKARTA BARAT"],
    "32.17": ["KBB", "BANDUNG BARAT"], "32.04": ["KABUPATEN BANDUNG", "BANDUNG"],
    "33.02": ["PURWOKERTO", "BANYUMAS"], "34.71": ["YOGYAKARTA", "KOTA JOGJA"],
    "34.04": ["SLEMAN"], "35.73": ["KODYA MALANG", "MALANG"], "35.07": ["KAB MALANG"],
    "12.12": ["!", "TOBA SAMOSIR", "KAB. TOBA SAMOSIR"],
    "12.18": ["KAB. SERGAI", "SERDANG BEDAGAI"], "12.07": ["DELI SERDANG", "KAB DELI SERDANG"],
    "13.71": ["PADANG"], "13.05": ["PADANG PARIAMAN"], "63.04": ["KAB. BATOLA"],
    "63.71": ["BANJARMASIN"], "73.10": ["!", "PANGKEP", "KAB. PANGKEP", "KAB. PANGKAJENE KEPULAUAN"],
    "73.14": ["!", "SEDENRENG RAPPANG"],
    "76.01": ["!", "MAMUJU UTARA", "KAB. MAMUJU UTARA"], "73.06": ["GOWA", "KAB GOWA"],
    "73.71": ["MAKASSAR"], "53.71": ["KODYA KUPANG", "KUPANG"], "53.01": ["KAB KUPANG"],
    "53.02": ["KAB. TTS"],
}
KIND_LABELS = {
    "dinas": "Dinas", "blk": "BLK", "lkp": "LKP/LPK", "pkbm": "PKBM", "skb": "SKB", "smk": "SMK",
    "dudi": "DUDI", "donor": "Donor", "ormas": "Ormas", "tokoh_masyarakat": "Tokoh Masyarakat",
    "pusat_karya": "Pusat Karya", "perguruan_tinggi": "Perguruan Tinggi", "koperasi": "Koperasi",
    "bumdes": "BUMDes",
}
# Default visions and seeks per kind, hand-written; a partner line may give its own.
VISIONS = {
    "dinas": ["meningkatkan kualitas pelayanan publik dan kesejahteraan masyarakat",
              "terwujudnya sumber daya manusia yang produktif dan berdaya saing",
              "pembangunan daerah yang inklusif melalui kolaborasi"],
    "blk": ["tenaga kerja kompeten, produktif dan siap bersaing",
            "pelatihan vokasi yang sesuai kebutuhan industri"],
    "lkp": ["membekali peserta dengan keterampilan praktis agar mandiri",
            "lulusan kompeten, siap kerja dan berwirausaha",
            "kursus bermutu dan terjangkau bagi semua kalangan"],
    "pkbm": ["pendidikan sepanjang hayat untuk semua warga",
             "warga belajar yang terampil, mandiri dan berakhlak"],
    "skb": ["layanan pendidikan nonformal yang bermutu dan merata"],
    "smk": ["lulusan SMK yang kompeten, berkarakter dan terserap industri",
            "SMK bisa, SMK hebat: siap kerja, santun dan mandiri"],
    "dudi": ["tumbuh bersama masyarakat sekitar", "memberikan layanan terbaik bagi pelanggan",
             "usaha yang berkelanjutan dan bermanfaat bagi lingkungan"],
    "donor": ["bersama membangun masyarakat yang mandiri dan sejahtera",
              "memberdayakan mustahik menjadi muzaki",
              "investasi sosial untuk pendidikan dan ekonomi warga"],
    "ormas": ["masyarakat yang guyub, berdaya dan sejahtera",
              "pemberdayaan warga dari, oleh dan untuk warga"],
    "tokoh_masyarakat": ["program yang bermanfaat untuk warga kampung",
                         "anak muda desa punya keterampilan dan pekerjaan"],
    "pusat_karya": ["melestarikan kerajinan daerah dan membuka lapangan kerja",
                    "karya lokal naik kelas"],
    "perguruan_tinggi": ["tridharma perguruan tinggi yang berdampak bagi masyarakat"],
    "koperasi": ["anggota sejahtera melalui usaha bersama"],
    "bumdes": ["desa mandiri melalui usaha milik desa"],
}
SEEKS = {
    "dinas": ["lembaga mitra pelaksana yang aktif dan tertib laporan",
              "data sasaran dan peserta yang siap dilatih"],
    "blk": ["peserta pelatihan yang serius dan mitra penempatan kerja",
            "lembaga pengirim peserta dan data pencari kerja"],
    "lkp": ["peserta kursus dan tempat magang untuk peserta",
            "kerja sama penyaluran lulusan"],
    "pkbm": ["mitra keterampilan untuk warga belajar", "tutor dan sarana praktik"],
    "skb": ["mitra penyelenggara kelas di desa"],
    "smk": ["tempat prakerin bagi siswa dan rekrutmen alumni", "guru tamu dari industri"],
    "dudi": ["tenaga kerja terampil siap pakai", "mitra pemasok dan pelanggan lokal",
             "program CSR yang tepat sasaran"],
    "donor": ["lembaga lokal yang transparan sebagai mitra pelaksana",
              "penerima manfaat yang terdata dan laporan penggunaan dana"],
    "ormas": ["pelatihan dan modal usaha bagi anggota", "pendamping dan jejaring pemasaran"],
    "tokoh_masyarakat": ["program nyata untuk warga", ""],
    "pusat_karya": ["perajin muda dan pembeli baru", "pemasaran produk ke luar daerah"],
    "perguruan_tinggi": ["lokasi KKN dan mitra penelitian", "desa binaan untuk pengabdian"],
    "koperasi": ["anggota baru dan mitra pemasaran"],
    "bumdes": ["mitra investasi dan pemasaran produk desa"],
}

DIRECTORIES = []  # (base name, id prefix, header of the one-column offer column, block)


# ---------------------------------------------------------------------------------------------
# 1. DKI Jakarta: Kota Administrasi Jakarta Timur (31.75)
# ---------------------------------------------------------------------------------------------
DIRECTORIES.append(("partners_jakarta_timur", "JKT", "Bantuan yang bisa diberikan", """
dinas g | Suku Dinas Tenaga Kerja, Transmigrasi dan Energi Kota Administrasi Jakarta Timur | 31.75 | t=pengantar kerja dan petugas antarkerja untuk sosialisasi bursa kerja {3} | p=program pemagangan di perusahaan mitra bagi pencari kerja terdaftar, termasuk bengkel dan industri otomotif {40} | h=job fair dan penyaluran pencari kerja (AK/1) ke perusahaan di kawasan industri Pulogadung {200}
blk g | PPKD Jakarta Timur (Pusat Pelatihan Kerja Daerah) | 31.75 | t=instruktur las, listrik, otomotif mobil, menjahit dan komputer bisa diperbantukan sebagai narasumber {6} | s=workshop otomotif dan lab komputer 30 unit dapat dipinjam di luar jam pelatihan {2} | p=pelatihan berbasis kompetensi gratis 1-2 bulan: otomotif, tata boga, menjahit, TIK {120}
lkp m | LKP Sinar Otomotif Jatinegara | 31.75 | t=instruktur servis sepeda motor injeksi dan karburator {2} | s=bengkel praktik motor dengan 4 stand | p=kursus mekanik motor 1 bulan bersertifikat
dudi s | Bengkel Mobil Jaya Abadi Auto Service | 31.75 | p=menerima magang/PKL servis mobil (tune up, kaki-kaki, AC mobil) selama 3 bulan {6} | h=rekrut mekanik mobil lulusan kursus atau SMK {4}
dudi s | PT Mitra Oto Prima Cabang Cakung (dealer resmi mobil) | 31.75 | d=CSR beasiswa siswa SMK jurusan otomotif {Rp 60.000.000} | p=on the job training calon mekanik di bengkel resmi kendaraan roda empat {10} | h=rekrutmen teknisi dan service advisor mobil {8}
dudi s | Bengkel Motor Berkah Jaya Klender | 31.75 | p=magang servis motor untuk siswa SMK TBSM {4} | h=butuh 2 mekanik motor
dudi s | CV Prima Motor Cipinang (dealer dan bengkel sepeda motor) | 31.75 | p=PKL di bengkel dealer sepeda motor, 2 gelombang per tahun {5} | h=merekrut lulusan sebagai mekanik sepeda motor {3}
dudi s | Kilap Auto Body Repair dan Cat Mobil | 31.74 | p=menerima peserta magang body repair dan pengecatan mobil {3} | h=lowongan tukang cat dan body repair mobil
dudi s | Toko Suku Cadang Mobil Sumber Parts | 31.75 | h=lowongan staff gudang dan sales sparepart mobil {2}
dudi s | PT Sentosa Armada Rental | 31.75 | s=hibah 1 unit mobil bekas layak jalan untuk praktik mesin {1} | h=lowongan driver dan mekanik armada mobil {3}
dudi s | Oto Diagnosa (bengkel spesialis kelistrikan dan scanner mobil) | 31.71 | t=teknisi diagnosa ECU sebagai narasumber pelatihan scanner OBD {1} | s=pinjam pakai scanner OBD2 dan alat diagnosa untuk praktik {2}
dudi s | PT Karya Baja Pulogadung (fabrikasi baja) | 31.75 | p=magang welder dan operator mesin bubut di perusahaan {8} | h=rekrut welder bersertifikat
dudi s | Konveksi Melati Jaya Pulo Gebang | 31.75 | p=tempat magang menjahit bagi lulusan kursus {5} | h=rekrut operator jahit {10}
lkp m | LKP Kartini Busana Duren Sawit | 31.75 | t=instruktur menjahit dan tata busana {2} | p=kursus menjahit dasar dan lanjutan
lkp m | LKP Prima Komputer Kramat Jati | 31.75 | t=pengajar komputer perkantoran (Word, Excel) dan desain grafis {3} | s=lab komputer 20 unit bisa dipinjam untuk ujian berbasis komputer di hari Sabtu {20} | p=kursus komputer biaya ringan untuk warga belajar kesetaraan
lkp m | LKP Wijaya English Course Rawamangun | 31.75 | t=tutor bahasa Inggris berpengalaman, bisa mengajar kelas sore {2} | p=kursus bahasa Inggris percakapan
lkp m | LKP Bimbel Cerdas Mandiri Cipayung | 31.75 | t=tutor matematika, fisika dan kimia tingkat SMA, bersedia mengajar Paket C {3} | s=ruang kelas ber-AC untuk kelas sore {2}
pkbm m | PKBM Nurul Ilmi Cakung | 31.75 | t=tutor Paket A dan keaksaraan fungsional {2} | s=ruang belajar 2 kelas
pkbm m | PKBM Bina Warga Matraman | 31.75 | t=tutor Paket C matematika dan bahasa Inggris, jadwal bisa dibagi {2} | p=kelas bersama persiapan ujian kesetaraan
skb g | Satuan Pelaksana Pendidikan Nonformal (SKB) Jakarta Timur | 31.75 | t=pamong belajar dan tutor kesetaraan Paket B dan Paket C {4} | s=ruang kelas dan laboratorium komputer SKB untuk ujian kesetaraan {2} | p=sosialisasi pendidikan kesetaraan di kelurahan
dinas g | Suku Dinas Pendidikan Wilayah I Kota Administrasi Jakarta Timur | 31.75 | d=BOP kesetaraan bagi PKBM terakreditasi {Rp 150.000.000} | t=penilik PNF untuk pendampingan mutu | p=pendataan anak tidak sekolah (ATS) bersama PKBM di kelurahan {300}
dinas g | Suku Dinas Perindustrian, Perdagangan, Koperasi dan UKM Jakarta Timur | 31.75 | d=pinjaman modal bergulir UMKM lewat program daerah {500 juta} | p=pelatihan pengemasan, label halal dan pendampingan PIRT bagi UMKM {60} | h=kurasi produk UMKM untuk galeri UMKM, bazar dan pameran {50:produk/tahun}
dinas g | Suku Dinas Sosial Jakarta Timur | 31.75 | d=bantuan usaha ekonomi produktif KUBE keluarga miskin {Rp 45.000.000} | t=pekerja sosial dan penyuluh sosial | p=pelatihan keterampilan bagi PPKS: sablon, tata boga {40}
dinas g | Dinas Pemberdayaan, Perlindungan Anak dan Pengendalian Penduduk Provinsi DKI Jakarta | 31.71 | t=fasilitator pemberdayaan ekonomi perempuan {2} | p=pelatihan kewirausahaan perempuan dan pengemasan produk rumahan {50}
dinas g | Dinas Tenaga Kerja, Transmigrasi dan Energi Provinsi DKI Jakarta | 31.71 | d=bantuan Tenaga Kerja Mandiri (TKM) bagi kelompok usaha pencari kerja {Rp 200.000.000} | p=pemagangan dalam negeri di perusahaan: otomotif, manufaktur, perhotelan {150} | h=penempatan tenaga kerja melalui bursa kerja online {500}
dinas g | Dinas PPKUKM Provinsi DKI Jakarta | 31.71 | d=dana bergulir untuk koperasi dan UMKM, plafon hingga 1,5 M {1,5 M} | p=pelatihan perkoperasian dan manajemen usaha {100}
dinas g | Suku Dinas Pemuda dan Olahraga Jakarta Timur | 31.75 | s=GOR dan aula serbaguna bisa dipinjam {2} | p=pelatihan kewirausahaan pemuda dan kepemimpinan {40}
dinas g | Suku Dinas Perpustakaan dan Kearsipan Jakarta Timur | 31.75 | t=pustakawan untuk kelas literasi | s=ruang baca dan komputer akses internet gratis di perpustakaan {12}
dudi s | Minimarket Segar Jaya (14 gerai di Jakarta Timur) | 31.75 | h=menerima titip jual produk UMKM lokal (kue kering, keripik, sambal) dengan kurasi {40:produk}
dudi s | PT Pasar Digital Nusantara (marketplace) | 31.71 | p=kelas onboarding toko online dan foto produk untuk UMKM {100} | h=kampanye produk UMKM lokal dan subsidi ongkir untuk toko binaan
dudi s | Pusat Oleh-oleh Betawi Condet | 31.75 | h=konsinyasi kue kering, dodol dan keripik buatan kelompok ibu-ibu {25:produk}
donor s | CSR Bank Pembangunan Jaya | 31.71 | d=hibah modal dan kredit bunga ringan bagi koperasi wanita binaan {Rp 250.000.000} | p=literasi keuangan untuk pelaku usaha mikro {80}
donor m | BAZNAS (BAZIS) Provinsi DKI Jakarta | 31.71 | d=zakat produktif untuk usaha mikro mustahik {1,2 M} | t=pendamping usaha mustahik
donor m | LAZ Peduli Umat Jakarta | 31.74 | d=penyaluran zakat, infak dan sedekah untuk modal usaha ibu-ibu prasejahtera {Rp 80.000.000}
donor s | TJSL PT Energi Gas Nusantara (Terminal Marunda) | 31.72 | d=bantuan modal UMKM dan koperasi khusus warga ring 1 Kelurahan Marunda dan Cilincing {Rp 300.000.000}
donor m | Yayasan Cahaya Pendidikan Indonesia | 31.74 | d=beasiswa dan bantuan biaya ujian bagi warga belajar kesetaraan {Rp 40.000.000} | s=donasi buku dan modul Paket C {200}
ormas m | TP PKK Kelurahan Pondok Kelapa | 31.75 | p=menggerakkan kader untuk pendataan warga putus sekolah dan sosialisasi program {30} | h=bazar PKK bulanan tempat ibu-ibu menjual produk
ormas m | Karang Taruna Kelurahan Cililitan | 31.75 | t=relawan pengajar bimbel gratis (mahasiswa) {4} | p=relawan pemuda untuk sosialisasi dan penjaringan anak putus sekolah {20}
ormas m | Ikatan Bengkel Otomotif Jakarta Timur | 31.75 | p=menyalurkan peserta magang ke bengkel anggota (mobil dan motor) {15} | h=info lowongan mekanik dari 40 bengkel anggota
ormas m | Forum UMKM Perempuan Jakarta Timur | 31.75 | p=pelatihan foto produk dan pemasaran digital sesama anggota {30} | h=bazar dan pameran bersama anggota di mal {20:produk}
ormas m | Yayasan Pendidikan Anak Jalanan Cakung | 31.75 | t=relawan pengajar anak jalanan {5} | p=penjangkauan anak putus sekolah dan anak jalanan {40}
tokoh_masyarakat m | H. Abdul Rachman (Ketua RW 05 Cipinang Besar Selatan) | 31.75 | p=menggerakkan warga untuk sosialisasi program pendidikan di RW
tokoh_masyarakat m | Ibu Hj. Siti Maemunah (pengusaha katering) | 31.75 | t=narasumber pengalaman usaha katering rumahan | h=jaringan pelanggan katering kantor
tokoh_masyarakat m | Drs. Sutrisno (pensiunan guru matematika SMA) | 31.75 | t=bersedia menjadi tutor matematika Paket C secara sukarela {1}
pusat_karya m | Rumah Batik Betawi Pondok Bambu | 31.75 | p=magang membatik tulis dan cap {6} | h=membeli kain batik hasil perajin binaan
pusat_karya m | Sentra Kerajinan Rotan Jatinegara | 31.75 | p=magang anyaman rotan {5} | h=membeli hasil anyaman warga {100:unit/bulan}
perguruan_tinggi m | Universitas Teknologi Jayakarta Rawamangun | 31.75 | t=dosen teknik mesin sebagai narasumber otomotif {2} | s=laboratorium otomotif untuk praktik bersama {1} | p=KKN tematik pendampingan UMKM dan pengemasan {40}
perguruan_tinggi m | Politeknik Keuangan Mandiri | 31.74 | t=dosen akuntansi pendamping koperasi {2} | p=mahasiswa magang/PKL siap ditempatkan di UMKM dan koperasi {20}
smk m | SMK Teknik Bina Mekanika Jakarta Timur (TKRO, TBSM, TKJ) | 31.75 | s=bengkel TKRO dengan engine stand dan scanner bisa dipinjam hari Sabtu {2} | p=siswa prakerin TKRO siap ditempatkan di bengkel mitra {36}
smk m | SMK Pelita Bangsa Duren Sawit (AKL, OTKP, BDP) | 31.75 | s=lab komputer untuk ANBK bisa dipakai PKBM sekitar {36} | p=siswa PKL jurusan akuntansi dan perkantoran {40}
dudi s | RS Jaya Medika Cawang | 31.75 | d=CSR pemeriksaan kesehatan gratis | h=rekrut tenaga kebersihan, security dan staff admin rumah sakit {10}
dudi s | Klinik Pratama Sehat Keluarga Ciracas | 31.75 | p=penyuluhan kesehatan ibu dan anak di posyandu {30}
dudi s | Hotel Grand Cempaka Jatinegara | 31.75 | s=ruang meeting untuk pelatihan (sewa diskon) | p=magang housekeeping dan F&B untuk lulusan SMK/kursus perhotelan {8} | h=rekrut waiter dan room attendant {6}
dudi s | Restoran Saung Kuring Cibubur | 31.75 | p=magang juru masak dan pramusaji {4} | h=membeli sambal dan kerupuk dari UMKM sekitar untuk dijual di kasir {10:produk}
dudi s | PT Garmen Sinar Pulogadung | 31.75 | d=donasi CSR untuk kegiatan sosial sekitar pabrik | h=rekrut 50 operator jahit per tahun {50}
koperasi m | Koperasi Karyawan Kawasan Industri Pulogadung | 31.75 | d=pinjaman untuk anggota koperasi saja | h=kantin dan toko koperasi menerima pasokan snack dan kue dari UMKM {30:produk}
koperasi m | Kopwan Srikandi Ciracas | 31.75 tidak | d=pinjaman modal antar koperasi | h=jaringan pemasaran produk anggota ke 20 warung
dudi s | Bengkel Mobil Maju Lancar Pondok Kopi | 31.75 tidak | p=magang mekanik mobil {4} | h=rekrut mekanik mobil
pkbm m | PKBM Harapan Bangsa Ciracas | 31.75 tidak | t=tutor Paket C IPA dan matematika {2} | s=ruang komputer 15 unit
dudi s | Bengkel Las dan Bubut Pak Udin | 31.75 x | p=terima anak magang
donor m | Yayasan Amal Sejahtera | 31.73 x | d=bantuan
dudi s | PT Logistik Cepat Nusantara (gudang Cakung) | 31.75 | p=magang staf logistik {6} | h=rekrut staff admin gudang, picker dan driver {20}
dudi s | BPR Dana Jaya Jatinegara | 31.75 | d=kredit modal kerja UMKM dengan agunan ringan {Rp 500.000.000} | p=literasi keuangan untuk nasabah
lkp m | LKP Tata Rias Ayu Cantika Ciracas | 31.75 | t=instruktur tata rias dan salon {2} | p=kursus kecantikan
lkp m | LKP Barista Kopi Kita Rawamangun | 31.75 | p=kursus barista dan magang di kedai mitra {10} | h=penyaluran alumni barista ke kedai kopi mitra {10}
blk g | BLK Komunitas Pesantren Al-Hikmah Kampung Makasar | 31.75 | t=instruktur otomotif sepeda motor dan menjahit {2} | p=pelatihan servis motor dan menjahit gratis untuk santri dan warga {32}
dudi s | PT Sarana Teknik Alat Bengkel (distributor alat bengkel) | 31.72 | s=diskon dan hibah 1 set scanner OBD dan kunci momen untuk lembaga kursus {1} | h=rekrut teknisi servis alat
dudi s | PT Otomotif Parahyangan (dealer mobil) | 32.73 | p=magang mekanik mobil 3 bulan di bengkel resmi {12} | h=rekrut mekanik mobil {10}
lkp m | LPK Otomotif Karya Semarang | 33.74 | t=instruktur otomotif mobil | p=magang di jaringan bengkel mitra di Semarang {10}
donor m | Yayasan Astana Peduli UMKM | 35.78 | d=hibah modal koperasi wanita se-Indonesia lewat seleksi proposal terbuka {Rp 100.000.000}
"""))


# ---------------------------------------------------------------------------------------------
# 2. Jawa Barat: Kabupaten Bandung (32.04)
# ---------------------------------------------------------------------------------------------
DIRECTORIES.append(("partners_kab_bandung", "BDG", "Bidang Kerja Sama", """
dinas g | Dinas Tenaga Kerja Kabupaten Bandung | 32.04 | t=instruktur pelatihan menjahit dan las di UPT {4} | p=program pemagangan di perusahaan tekstil dan garmen Majalaya-Rancaekek {60} | h=penyaluran pencari kerja lewat job fair dan Bursa Kerja Khusus (BKK) {300}
blk g | UPTD BLK Kabupaten Bandung | 32.04 | t=instruktur menjahit, las, listrik dan komputer jaringan {5} | s=ruang praktik menjahit 20 mesin dan lab jaringan komputer bisa dipinjam {2} | p=pelatihan operator mesin jahit industri dan teknisi jaringan {80} | h=penempatan alumni pelatihan ke industri garmen
dudi s | PT Tekstil Majalaya Raya | 32.04 | d=CSR untuk lingkungan sekitar pabrik | p=magang operator jahit dan operator tenun di pabrik selama 1 bulan {20} | h=rekrut operator jahit lulusan kursus {40}
dudi s | Konveksi Putra Mandiri Soreang | 32.04 | p=menerima peserta magang menjahit kaos dan seragam {6} | h=butuh penjahit borongan {8}
dudi s | Konveksi Hijab Berkah Baleendah | 32.04 | h=rekrut operator jahit dan QC {5}
dudi s | PT Garmen Sukses Abadi Rancaekek | 32.04 tidak | p=program magang operator sewing {30} | h=rekrut 100 operator sewing per tahun {100}
dudi s | Butik Alya Couture Cileunyi | 32.04 | t=desainer busana sebagai narasumber {1} | p=magang menjahit kebaya dan gaun pesta {2}
dudi s | Toko Mesin Jahit Sumber Sandang | 32.73 | s=diskon dan servis gratis mesin jahit untuk lembaga kursus menjahit
dudi s | Distro Berdikari Clothing | 32.73 | p=magang desain dan produksi distro {4} | h=order maklun jahit kaos dan kemeja dari penjahit rumahan {500:potong/bulan}
lkp m | LKP Sekar Busana Banjaran | 32.04 | t=instruktur menjahit {2} | p=kursus menjahit dasar
lkp m | LKP Cipta Informatika Soreang | 32.04 | t=pengajar jaringan komputer dan MikroTik bersertifikat MTCNA {2} | s=lab jaringan 16 PC | p=kursus teknisi jaringan {20}
dudi s | PT Fiber Nusantara Link (ISP dan instalasi FTTH) | 32.04 | p=menerima siswa prakerin TKJ untuk instalasi FTTH dan maintenance jaringan {10} | h=rekrut teknisi FTTH lulusan SMK {12}
dudi s | CV Jaringan Data Priangan (RT/RW net) | 32.04 | t=teknisi senior mengajar MikroTik {1} | p=PKL siswa SMK jurusan TKJ/TJKT selama 4 bulan {6}
dudi s | Mega Service Komputer Baleendah | 32.04 | p=PKL servis laptop dan rakit komputer {4} | h=rekrut teknisi komputer {2}
dudi s | Counter Servis HP Selular Jaya | 32.04 | p=magang servis HP {3}
dudi s | PT Telekomunikasi Kabel Jabar (kontraktor tower dan jaringan) | 32.73 | p=magang teknisi jaringan kabel dan tower {8} | h=rekrut teknisi jaringan {10}
dudi s | Datacenter Cloud Parahyangan | 32.73 | p=program magang mahasiswa D3/S1 TI (tidak menerima siswa SMK) {6} | h=rekrut network engineer minimal D3 {3}
dinas g | Dinas Komunikasi dan Informatika Kabupaten Bandung | 32.04 | t=narasumber keamanan jaringan {1} | p=PKL siswa SMK di bidang jaringan dan aplikasi pemerintahan {10}
dinas g | Dinas Pendidikan Kabupaten Bandung | 32.04 | d=bantuan operasional LKP dan PKBM {Rp 250.000.000} | p=kursus gratis PKW bagi warga usia produktif {100}
dinas g | Cabang Dinas Pendidikan Wilayah VIII Provinsi Jawa Barat | 32.04 | t=pengawas SMK | p=fasilitasi kemitraan SMK dengan DUDI (link and match) dan penempatan prakerin {200}
dinas g | Dinas Koperasi dan UKM Kabupaten Bandung | 32.04 | d=pinjaman dana bergulir usaha mikro bunga 3% {Rp 300.000.000} | p=pelatihan manajemen usaha
dinas g | Dinas Perindustrian dan Perdagangan Kabupaten Bandung | 32.04 | p=pelatihan desain produk dan pemasaran IKM tekstil {40} | h=fasilitasi pameran produk tekstil dan konveksi IKM {30:produk}
dinas g | Dinas Sosial Kabupaten Bandung | 32.04 | d=bantuan mesin jahit dan modal usaha bagi keluarga penerima manfaat PKH {Rp 75.000.000} | p=pelatihan keterampilan menjahit bagi PPKS {20}
dinas g | DP2KBP3A Kabupaten Bandung | 32.04 | d=bantuan usaha perempuan kepala keluarga {Rp 50.000.000} | p=pelatihan menjahit dan tata boga untuk perempuan {30}
dinas g | Dinas Kebudayaan dan Pariwisata Kabupaten Bandung | 32.04 | p=pelatihan pemandu wisata dan pengelola homestay {30}
blk g | BLK Komunitas Pesantren Darul Falah Ciparay | 32.04 | t=instruktur menjahit dan TIK {2} | s=10 mesin jahit dan 16 komputer | p=pelatihan menjahit dan jaringan komputer untuk santri {16}
smk m | SMK Bhakti Nusantara Majalaya (Tata Busana, TKJ) | 32.04 | s=ruang praktik tata busana 30 mesin bisa disewa {30} | p=siswa prakerin tata busana siap ditempatkan {24}
smk m | SMK Taruna Teknologi Dayeuhkolot (TKJ, RPL, TKRO) | 32.04 | t=guru produktif TKJ bisa menjadi narasumber {2} | p=siswa PKL TKJ dan RPL mencari tempat PKL {40}
pkbm m | PKBM Sauyunan Ciparay | 32.04 | t=tutor kesetaraan Paket B dan C | p=peserta didik Paket C yang siap magang {15}
pkbm m | PKBM Mekar Wangi Pangalengan | 32.04 | t=tutor Paket B/C {3} | s=ruang belajar
donor s | CSR PT Geo Energi Pangalengan (panas bumi) | 32.04 | d=bantuan modal usaha dan beasiswa khusus warga desa ring 1 Kecamatan Pangalengan dan Kertasari {Rp 400.000.000} | p=pelatihan keterampilan warga ring 1
donor m | BAZNAS Kabupaten Bandung | 32.04 | d=zakat produktif untuk pelaku usaha mikro mustahik {Rp 500.000.000} | s=bantuan alat usaha (gerobak, mesin jahit) bagi mustahik
donor m | Yayasan Wakaf Produktif Priangan | 32.73 | d=pinjaman qardhul hasan tanpa bunga untuk usaha rumahan perempuan {Rp 150.000.000}
donor s | CSR Bank Jabar Sejahtera | 32.73 | d=beasiswa siswa SMK berprestasi {Rp 100.000.000} | s=hibah 20 unit komputer untuk SMK {20}
donor m | Yayasan Garmen Peduli Indonesia | 31.74 | d=modal usaha penjahit rumahan di Jawa Barat dan DKI Jakarta {Rp 60.000.000}
ormas m | Karang Taruna Desa Majalaya | 32.04 | p=mengumpulkan pemuda peserta pelatihan {25}
ormas m | Paguyuban Pengusaha Konveksi Majalaya | 32.04 | p=menempatkan peserta magang di 25 konveksi anggota {40} | h=menyalurkan lulusan kursus jahit ke konveksi anggota {60}
ormas m | TP PKK Kabupaten Bandung | 32.04 | t=kader PKK | p=pelatihan keterampilan bagi ibu-ibu PKK
ormas m | Asosiasi Penyelenggara Jasa Internet Desa Jawa Barat | 32.73 | p=menjembatani siswa TKJ ke anggota RT/RW net untuk PKL {30} | h=info lowongan teknisi jaringan
tokoh_masyarakat m | H. Dedi Supriatna (pengusaha konveksi, tokoh Majalaya) | 32.04 | p=membuka pintu konveksi kenalan untuk anak magang | h=rekomendasi kerja ke konveksi
tokoh_masyarakat m | Ustadz Ahmad Mulyana (Soreang) | 32.04 | p=sosialisasi program lewat pengajian
pusat_karya m | Sentra Rajut Binong Jati | 32.73 | p=magang merajut dengan mesin rajut {10} | h=membeli hasil rajutan dari perajin rumahan
pusat_karya m | Sentra Tenun ATBM Majalaya | 32.04 | p=magang menenun dengan ATBM {8} | h=menyerap perajin tenun muda
pusat_karya m | Sentra Sepatu dan Tas Kulit Cibaduyut | 32.73 | p=magang menjahit sepatu dan tas kulit {10} | h=rekrut penjahit sepatu {15}
perguruan_tinggi m | Universitas Teknologi Parahyangan | 32.73 | t=dosen jaringan komputer untuk guru tamu SMK {3} | p=pengabdian masyarakat: pelatihan MikroTik untuk guru {30}
perguruan_tinggi m | Politeknik Tekstil Bandung Raya | 32.73 | t=dosen teknologi garmen | p=pelatihan pola dan produksi garmen untuk LKP {20}
koperasi m | Koperasi Produsen Konveksi Sauyunan | 32.04 | d=pinjaman modal anggota {50 jt} | h=menampung jahitan borongan dari penjahit rumahan (alumni kursus) {30}
bumdes g | BUMDes Mekarjaya Katapang | 32.04 | s=gedung serbaguna | h=unit jasa jahit seragam sekolah desa, butuh penjahit {4}
dudi s | Resort Kawah Putih Ciwidey | 32.04 | p=magang housekeeping dan F&B {6} | h=laundry hotel butuh 1 penjahit permak {1}
dudi s | Rumah Sakit Harapan Sehat Soreang | 32.04 | h=rekrut perawat, staff admin dan teknisi IT/jaringan rumah sakit {3}
dudi s | Klinik Utama Sehat Bersama | 32.04 | p=penyuluhan kesehatan dan K3 untuk perusahaan
dudi s | PT Listrik Mandiri Teknik (kontraktor instalasi listrik) | 32.04 | p=magang instalasi listrik bangunan {6} | h=rekrut teknisi listrik {5}
dudi s | Bengkel Las Sinar Baja Ciparay | 32.04 | p=magang las {3}
dudi s | PT Kopi Gunung Malabar (perkebunan kopi arabika) | 32.04 | d=CSR pendidikan desa sekitar kebun | h=rekrut buruh petik dan staf gudang {20}
dudi s | PT Perkebunan Teh Rancabali | 32.04 | p=magang pengolahan teh | h=rekrut pemetik teh
lkp m | LKP Tata Rias Geulis Soreang | 32.04 | t=instruktur tata rias {2}
lkp m | LKP Bahasa Jepang Sakura Cileunyi | 32.04 | p=pelatihan bahasa Jepang untuk calon pemagang ke Jepang {20} | h=penyaluran pemagang ke Jepang lewat mitra sending organization {10}
lkp m | LPK Mandiri Garmen Cimahi | 32.77 | p=magang operator sewing di 5 garmen mitra di Cimahi {25} | h=penyaluran lulusan ke garmen Cimahi {30}
dudi s | PT Sandang Nusantara Garmen | 32.17 | p=magang operator jahit 1 bulan {15} | h=rekrut operator jahit {50}
dudi s | Konveksi Seragam Garut Mandiri | 32.05 | p=magang jahit {4} | h=rekrut penjahit {10}
dudi s | PT Garmen Ekspor Sumedang Jaya | 32.11 tidak | p=magang operator jahit | h=rekrut operator jahit
dudi s | PT Mode Busana Jakarta | 31.74 | p=magang operator jahit dengan asrama {20} | h=rekrut operator jahit dari luar kota {100}
dudi s | PT Jaringan Nusantara Teknik Semarang | 33.74 | p=prakerin TKJ di kantor Semarang {10}
dudi s | Konveksi Bu Imas | 32.04 x | h=butuh penjahit
dudi s | Warnet Net Zone | 32.04 x | p=PKL
dudi s | PT Sinar Printing Digital (percetakan) | 32.04 | p=magang desain grafis dan operator mesin cetak {4}
"""))


# ---------------------------------------------------------------------------------------------
# 3. Jawa Tengah: Kabupaten Banyumas (33.02)
# ---------------------------------------------------------------------------------------------
DIRECTORIES.append(("partners_banyumas", "BMS", "Keterangan", """
dinas g | Dinas Tenaga Kerja, Koperasi dan UKM Kabupaten Banyumas | 33.02 | d=pinjaman modal bergulir UMKM {Rp 200.000.000} | p=pelatihan kerja dan pemagangan, termasuk kuota peserta disabilitas {60} | h=bursa kerja dan penempatan ke perusahaan, termasuk lowongan khusus disabilitas {150}
blk g | UPTD BLK Kabupaten Banyumas | 33.02 | t=instruktur tata boga, menjahit, las dan komputer {4} | s=dapur praktik dan lab komputer | p=pelatihan berbasis kompetensi tata boga, menjahit, komputer; kelas inklusif untuk peserta disabilitas {64}
dinas g | Dinas Sosial Kabupaten Banyumas | 33.02 | d=bantuan usaha ekonomi produktif (UEP) {Rp 50.000.000} | t=pendamping sosial disabilitas dan juru bahasa isyarat {2} | p=pelatihan vokasional penyandang disabilitas: menjahit, servis HP, pijat {30}
dinas g | Dinas Perindustrian dan Perdagangan Kabupaten Banyumas | 33.02 | p=pelatihan diversifikasi olahan pangan dan pengemasan untuk IKM {40} | h=fasilitasi pameran dan gerai IKM di pasar kota {20:produk}
dinas g | Dinas Pendidikan Kabupaten Banyumas | 33.02 | d=bantuan operasional penyelenggaraan PKW dan kesetaraan {Rp 120.000.000} | t=penilik PNF
dinas g | Dinas Pertanian dan Ketahanan Pangan Kabupaten Banyumas | 33.02 | t=penyuluh pertanian dan penyuluh pangan olahan {3} | p=pelatihan olahan hasil pertanian untuk KWT {25}
dinas g | Dinas Pemberdayaan Perempuan dan Perlindungan Anak Kabupaten Banyumas | 33.02 | d=bantuan usaha perempuan rawan sosial ekonomi {Rp 30.000.000} | p=pelatihan kewirausahaan perempuan {30}
dinas g | Dinas Pemuda, Olahraga, Kebudayaan dan Pariwisata Kabupaten Banyumas | 33.02 | h=promosi produk oleh-oleh khas Banyumas di pusat informasi pariwisata Baturraden {15:produk}
dinas g | Dinas Pemberdayaan Masyarakat dan Desa Kabupaten Banyumas | 33.02 | t=pendamping desa untuk BUMDes | p=pelatihan pengurus BUMDes {40}
lkp m | LKP Dapur Mbok Sri Sokaraja | 33.02 | t=instruktur tata boga dan kue basah tradisional {2} | p=kursus olahan getuk, mendoan dan jajanan pasar {20}
lkp m | LKP Boga Cita Rasa Purwokerto | 33.02 | t=pengajar bakery dan pastry {2} | s=dapur praktik dengan 3 oven
lkp m | LKP Ayu Busana Purwokerto | 33.02 | t=instruktur menjahit {2} | p=kursus menjahit untuk peserta tuli didampingi juru bahasa isyarat {10}
lkp m | LKP Komputer Cahaya Purwokerto | 33.02 | t=instruktur komputer | p=kursus komputer dengan aplikasi pembaca layar untuk tunanetra {12}
lkp m | LKP Servis HP Teknik Jaya | 33.02 | p=kursus servis HP {10}
lkp m | LKP Tata Rias Puspita | 33.02 | t=instruktur tata rias
pkbm m | PKBM Bina Insan Mandiri Kembaran | 33.02 | t=tutor PKW tata boga (alumni LKP), jadwal bisa dibagi {1} | p=kelas kesetaraan Paket C
skb g | UPT SKB Banyumas | 33.02 | t=pamong belajar | s=dapur praktik SKB dapat dipakai PKBM mitra {1} | p=pelatihan PKW tata boga di SKB {20}
smk m | SMK Kuliner Nusantara Purwokerto (Kuliner, Perhotelan) | 33.02 | t=guru produktif tata boga sebagai narasumber {2} | p=siswa PKL kuliner mencari tempat praktik
dudi s | Pusat Oleh-oleh Sokaraja Jaya Rasa | 33.02 | h=menerima titipan getuk, keripik tempe dan kue dari UMKM {30:produk}
dudi s | Toko Oleh-oleh Mendoan Jaya | 33.02 | h=membeli keripik tempe dan mendoan kemasan dari produsen rumahan {200:bungkus/minggu}
dudi s | PT Sinar Garmen Purwokerto | 33.02 | p=magang operator jahit {8} | h=rekrut operator jahit termasuk penyandang disabilitas tuli dan daksa {10}
dudi s | Hotel Baturraden Indah | 33.02 | p=magang F&B {4} | h=rekrut housekeeping, waiter dan juru masak {8}
dudi s | Swalayan Moro Seneng Purwokerto | 33.02 | p=PKL untuk siswa SMK | h=membuka 2 formasi kasir/pramuniaga untuk penyandang disabilitas; rak oleh-oleh untuk produk UMKM lokal {2}
dudi s | PT Indah Rambut Purbalingga (rambut palsu dan bulu mata) | 33.03 | p=pelatihan kerja 2 minggu sebelum produksi {100} | h=rekrut 100 operator produksi perempuan, termasuk penyandang disabilitas rungu {100}
dudi s | TJSL PT Semen Nusantara Cilacap | 33.01 | d=modal usaha untuk warga ring 1 Kecamatan Kesugihan dan Adipala {Rp 1,1 M} | p=pelatihan keterampilan warga ring 1
donor m | BAZNAS Kabupaten Banyumas | 33.02 | d=zakat produktif untuk usaha mikro dan kelompok usaha mustahik {Rp 400.000.000} | s=bantuan alat usaha (kompor, oven, gerobak)
donor m | LAZ Al-Ikhlas Purwokerto | 33.02 | d=santunan dan modal usaha bagi penyandang disabilitas dan dhuafa {Rp 60.000.000} | p=pelatihan usaha mandiri difabel {15}
donor s | CSR Bank Jateng Sejahtera | 33.02 | d=hibah modal Kelompok Belajar Usaha dan UMKM binaan {Rp 150.000.000} | p=literasi keuangan
donor m | Yayasan Difabel Nusantara | 31.74 | p=program pelatihan kerja inklusif di Jabodetabek {30} | h=penyaluran ke perusahaan mitra di Jakarta
ormas m | Persatuan Penyandang Disabilitas Kabupaten Banyumas | 33.02 | t=relawan juru bahasa isyarat dan pendamping tunanetra {3} | p=pendataan dan sosialisasi program ke anggota {40}
ormas m | Komunitas Tuli Banyumas | 33.02 | t=juru bahasa isyarat (JBI) bersertifikat {2}
ormas m | TP PKK Kecamatan Sokaraja | 33.02 | t=kader PKK terampil membuat getuk dan kue basah, bisa melatih {3} | h=bazar PKK
ormas m | KWT Sekar Melati Kembaran | 33.02 | p=pelatihan olahan singkong untuk anggota | h=jual bersama olahan singkong ke warung {50:bungkus/minggu}
ormas m | Karang Taruna Kecamatan Baturraden | 33.02 | p=relawan pemuda untuk acara desa
tokoh_masyarakat m | Hj. Karsinah (pengusaha getuk Sokaraja) | 33.02 | t=bersedia melatih pembuatan getuk goreng dan kemasannya {1} | h=menampung produk warga untuk dijual di tokonya
tokoh_masyarakat m | Pak Kades Karangsari | 33.02 | p=menggerakkan warga desa
pusat_karya m | Sentra Batik Banyumasan Sokaraja | 33.02 | p=magang membatik {6} | h=membeli kain batik dari perajin
pusat_karya m | Sentra Gula Kelapa Cilongok | 33.02 | p=pelatihan gula semut | h=membeli nira dan gula kelapa dari petani {2:ton/bulan}
pusat_karya m | Sentra Anyaman Bambu Purbalingga | 33.03 | p=magang anyaman bambu untuk penyandang disabilitas daksa {5} | h=membeli anyaman hasil peserta magang
perguruan_tinggi m | Universitas Serayu Purwokerto | 33.02 | t=dosen teknologi pangan untuk pelatihan olahan {2} | p=KKN tematik UMKM pangan {30}
perguruan_tinggi m | STKIP Bina Inklusi Purwokerto | 33.02 | t=dosen pendidikan luar biasa dan mahasiswa relawan bahasa isyarat {4} | p=pendampingan kelas inklusi
koperasi m | KSU Ngudi Rejeki | 33.02 | d=pinjaman untuk anggota | h=toko koperasi menerima titip jual produk anggota
bumdes g | BUMDes Sumber Rejeki Karangnangka | 33.02 | h=outlet oleh-oleh desa wisata menjual produk warga {40:produk}
dudi s | RM Soto Sokaraja Pak Darno | 33.02 | p=magang juru masak {2} | h=membeli kerupuk dan keripik dari produsen rumahan untuk dijual di warung {20:bungkus/hari}
dudi s | Katering Sehat Purwokerto | 33.02 | t=chef katering bisa menjadi narasumber kelas masak {1} | h=rekrut juru masak
dudi s | PT Keripik Tempe Banyumas Makmur | 33.02 | p=magang produksi keripik {5} | h=membeli tempe dan keripik setengah jadi dari kelompok (maklun) {500:kg/bulan}
dudi s | Bengkel Motor Putra Jaya | 33.02 | p=magang servis motor
dudi s | PT Call Center Nusantara Purwokerto | 33.02 | p=pelatihan kerja call center 2 minggu {20} | h=rekrut agen call center dan staff admin, terbuka untuk tunanetra yang menguasai pembaca layar {20}
dudi s | Klinik Pijat Tunanetra Sehat Bersama | 33.02 | h=mempekerjakan terapis pijat tunanetra lulusan pelatihan {4}
dudi s | RS Sehat Medika Purwokerto | 33.02 | d=CSR pengobatan gratis | h=rekrut tenaga kebersihan dan pramu kantor rumah sakit
dudi s | PT Kemasan Plastik Sokaraja | 33.02 | s=diskon kemasan standing pouch untuk UMKM | h=rekrut tenaga pengemasan dan operator produksi {15}
dudi s | Banyumas Mart (toko online lokal) | 33.02 | h=menjual produk UMKM lokal secara online {100:produk}
ormas m | Yayasan Rumah Difabel Banyumas | 33.02 tidak | p=pelatihan kerja difabel {20} | h=penyaluran kerja difabel
lkp m | LKP Kue Sekar Arum Cilacap | 33.01 | t=instruktur tata boga {2}
blk g | BLK Komunitas Pesantren Nurul Huda Purbalingga | 33.03 | t=instruktur tata boga dan menjahit {2} | p=pelatihan tata boga untuk santri {16}
dinas g | Dinas Sosial Provinsi Jawa Tengah (Balai Rehabilitasi Sosial Disabilitas) | 33.74 | p=pelatihan vokasional dan rehabilitasi sosial penyandang disabilitas di balai berasrama {40} | h=penyaluran alumni balai ke perusahaan
dudi s | PT Kerajinan Ekspor Kebumen | 33.05 | h=rekrut perajin termasuk penyandang disabilitas {10}
dudi s | Toko Kue Bu Narti | 33.02 x | h=titip jual kue
donor m | Yayasan Amanah | 33.02 x | d=bantuan sosial
dinas g | Galeri UMKM Dekranasda Jawa Tengah | 33.74 | h=kurasi dan pemasaran produk UMKM se-Jawa Tengah di galeri dan e-katalog {200:produk}
dinas g | Dinas Koperasi dan UKM Provinsi Jawa Tengah | 33.74 | d=pinjaman dana bergulir untuk koperasi dan kelompok usaha se-Jawa Tengah {Rp 2 M}
dudi s | PT Garmen Tegal Jaya | 33.28 tidak | h=rekrut operator jahit termasuk difabel {20}
dudi s | Kedai Kopi Inklusi Purwokerto | 33.02 | p=magang barista untuk peserta tuli {4} | h=barista tuli dipekerjakan setelah magang {2}
"""))


# ---------------------------------------------------------------------------------------------
# 4. DI Yogyakarta: Kabupaten Sleman (34.04)
# ---------------------------------------------------------------------------------------------
DIRECTORIES.append(("partners_sleman", "SLM", "Penawaran Kerja Sama", """
dinas g | Dinas Tenaga Kerja Kabupaten Sleman | 34.04 | t=instruktur pelatihan berbasis kompetensi | p=pelatihan dan pemagangan: tata rias, barista, pemandu wisata, desain grafis {80} | h=penempatan kerja lewat bursa kerja {200}
blk g | UPTD BLK Sleman | 34.04 | t=instruktur tata rias, tata boga, desain grafis dan las {4} | s=studio tata rias dan lab multimedia 20 PC bisa dipinjam akhir pekan {2} | p=pelatihan gratis tata rias pengantin, desain grafis, barista {96}
lkp m | LKP Puspa Rias Godean | 34.04 | t=instruktur tata rias pengantin Jawa (paes) {2} | p=kursus rias pengantin
dudi s | Salon dan Spa Anggun Condongcatur | 34.04 | p=menerima magang peserta kursus kecantikan rambut dan facial {4} | h=rekrut hair stylist dan terapis {3}
dudi s | MUA Studio Larasati Wedding | 34.04 | p=magang asisten MUA untuk acara pernikahan {3} | h=rekrut asisten MUA freelance {5}
dudi s | Wedding Organizer Sekar Jagad | 34.71 | p=magang crew WO dan asisten rias {6} | h=merekrut perias freelance untuk acara
dudi s | Barbershop Gentleman Seturan | 34.04 | p=magang barber {2} | h=rekrut barberman
dudi s | Klinik Estetika Cantika Jalan Kaliurang | 34.04 | p=magang beautician {2} | h=rekrut beautician dan terapis facial bersertifikat {4}
dudi s | Toko Alat Salon Mitra Beauty | 34.71 | s=hibah 2 kursi salon hidrolik dan hair dryer untuk LKP mitra {2}
dudi s | Distributor Kosmetik Halal Nusantara | 34.04 | d=sponsor produk make up untuk ujian kursus tata rias | t=beauty advisor sebagai narasumber demo make up {2}
dudi s | Hotel Royal Merapi Sleman | 34.04 | p=magang front office, housekeeping dan spa {8} | h=rekrut terapis spa dan housekeeping {6}
dinas g | Dinas Pariwisata Kabupaten Sleman | 34.04 | p=pelatihan pemandu wisata, pengelola homestay dan sadar wisata bagi desa wisata {60} | h=promosi desa wisata di website dan pameran pariwisata {30:paket}
dinas g | Dinas Pariwisata Daerah Istimewa Yogyakarta | 34.71 | d=hibah pengembangan desa wisata rintisan {Rp 100.000.000} | p=sertifikasi pemandu wisata dan pelatihan CHSE homestay {40}
dinas g | Dinas Pemberdayaan Masyarakat dan Desa Kabupaten Sleman | 34.04 | d=fasilitasi penyertaan modal BUMDes dari dana desa | t=pendamping BUMDes | p=pelatihan manajemen BUMDes dan laporan keuangan {40}
dinas g | Dinas Koperasi dan UKM Kabupaten Sleman | 34.04 | d=dana bergulir UMKM {Rp 250.000.000} | p=pelatihan kewirausahaan
dinas g | Dinas Kebudayaan Kabupaten Sleman | 34.04 | d=dana keistimewaan untuk kegiatan budaya desa {Rp 50.000.000} | p=pelatihan seni tari dan karawitan untuk sanggar desa {30}
dinas g | Dinas Komunikasi dan Informatika Kabupaten Sleman | 34.04 | t=tim konten kreatif dan videografer Diskominfo sebagai narasumber {2} | s=ruang podcast dan studio mini bisa dipinjam komunitas {1}
dinas g | Dinas Pemuda dan Olahraga Kabupaten Sleman | 34.04 | d=bantuan kegiatan kepemudaan dan karang taruna {Rp 25.000.000} | s=GOR dan youth center | p=pelatihan kewirausahaan pemuda {40}
dinas g | Dinas Sosial Kabupaten Sleman | 34.04 | d=bantuan stimulan untuk karang taruna dan PSKS {Rp 10.000.000} | p=pembinaan karang taruna
lkp m | LKP Desain Grafis Pixel Jogja | 34.71 | t=instruktur desain grafis (CorelDraw, Photoshop, Illustrator) bisa mengajar di komunitas {2} | s=lab 15 komputer | p=kursus desain grafis
lkp m | LKP Videografi Sinema Muda | 34.04 | t=mentor videografi dan editing video {2} | s=pinjam kamera dan lighting {3}
lkp m | LKP Komputer Prima Mlati | 34.04 | t=pengajar Microsoft Office {2} | s=lab komputer 20 unit disewakan murah {20}
lkp m | LKP Global English Kaliurang | 34.04 | t=tutor bahasa Inggris untuk pemandu wisata {2} | p=kelas bahasa Inggris pariwisata untuk pokdarwis {20}
lkp m | LKP Barista Kopi Merapi | 34.04 | p=kursus barista {10}
smk m | SMK Pariwisata Merapi (Usaha Perjalanan Wisata, Perhotelan, Tata Kecantikan) | 34.04 | t=guru tata kecantikan | s=salon praktik sekolah | p=siswa PKL tata kecantikan dan UPW mencari tempat PKL {30}
smk m | SMK Multimedia Taruna Sleman (DKV, Animasi, Broadcasting) | 34.04 | t=guru DKV dan broadcasting bisa melatih karang taruna {2} | s=studio broadcasting dan lab DKV bisa dipinjam hari Minggu {1}
pkbm m | PKBM Tunas Harapan Berbah | 34.04 | t=tutor kesetaraan | s=ruang belajar bisa dipakai komunitas sore hari {1}
ormas m | Pokdarwis Kampung Wisata Ngrangkah | 34.04 | t=pemandu wisata senior bisa melatih pemandu baru {3} | p=studi banding dan magang pengelolaan homestay {15}
dudi s | Jogja Tour and Travel | 34.71 | p=pelatihan pemandu wisata lokal | h=memasarkan paket wisata desa ke wisatawan dan sekolah {20:paket/tahun}
dudi s | PT Online Travel Nusantara (kantor Yogyakarta) | 34.71 | p=pelatihan pengelolaan listing online untuk pemilik homestay {30} | h=listing homestay dan paket wisata desa di aplikasi {50:paket}
dudi s | Komunitas Jeep Lava Tour Cangkringan | 34.04 | h=menjual paket jip plus kunjungan desa wisata {500:wisatawan/tahun}
dudi s | Agrowisata Salak Pondoh Turi | 34.04 | p=magang pemandu agrowisata {4} | h=membeli salak dari petani
donor s | CSR Bank Mataram Sejahtera | 34.71 | d=hibah pengembangan desa wisata dan UMKM binaan {Rp 200.000.000} | p=literasi keuangan
donor m | BAZNAS Kabupaten Sleman | 34.04 | d=zakat produktif untuk mustahik {Rp 300.000.000}
donor s | TJSL Bandara Internasional Kulon Progo | 34.01 | d=bantuan modal dan pelatihan khusus desa ring 1 Kapanewon Temon {Rp 500.000.000} | p=pelatihan pemandu wisata warga ring 1
donor m | Yayasan Kreatif Muda Indonesia | 34.71 | d=hibah kegiatan komunitas kreatif pemuda (desain, film pendek) {Rp 20.000.000} | t=mentor film pendek {2}
ormas m | TP PKK Kabupaten Sleman | 34.04 | t=kader PKK | p=pelatihan keterampilan ibu-ibu
ormas m | Karang Taruna Kabupaten Sleman (pengurus kabupaten) | 34.04 | t=relawan | p=forum dan pelatihan kepemimpinan karang taruna
ormas m | Komunitas Fotografi dan Videografi Sleman | 34.04 | t=fotografer dan videografer relawan untuk workshop konten {4} | s=pinjam kamera mirrorless
ormas m | Asosiasi Homestay Desa Wisata Sleman | 34.04 | t=pelatih pengelolaan homestay {2} | p=pelatihan standar homestay dan pelayanan tamu {30}
ormas m | Paguyuban Pemandu Wisata Jogja | 34.71 | t=pemandu senior | p=pelatihan dan sertifikasi pemandu wisata {25}
tokoh_masyarakat m | Mbah Harjo (sesepuh desa, Cangkringan) | 34.04 | p=menggerakkan warga dan bercerita sejarah desa untuk paket wisata
tokoh_masyarakat m | Mas Rizky (kreator konten lokal) | 34.04 | t=melatih pembuatan konten video pendek {1} | h=promosi gratis di media sosial
pusat_karya m | Sentra Kerajinan Bambu Sendari | 34.04 | p=magang kerajinan bambu {6} | h=membeli kerajinan bambu warga
pusat_karya m | Sentra Batik Tulis Sleman | 34.04 | p=paket wisata edukasi membatik bersama desa wisata {20} | h=kerja sama pemasaran paket wisata dengan desa wisata
perguruan_tinggi m | Sekolah Tinggi Pariwisata Merapi | 34.04 | t=dosen pariwisata | p=KKN dan pelatihan pemandu wisata serta homestay untuk desa wisata {40}
perguruan_tinggi m | Institut Seni dan Desain Yogyakarta | 34.71 | t=dosen DKV dan film sebagai pelatih komunitas {3} | p=pengabdian masyarakat bidang desain
perguruan_tinggi m | Universitas Teknologi Sleman | 34.04 | s=lab komputer untuk pelatihan komunitas {1} | p=mahasiswa magang siap ditempatkan di desa wisata {20}
koperasi m | Koperasi Wisata Merapi | 34.04 | d=pinjaman modal anggota pengelola homestay {Rp 40.000.000} | h=penjualan paket wisata bersama {10:paket}
bumdes g | BUMDes Panggung Lestari Bantul | 34.02 | p=studi banding pengelolaan desa wisata
dudi s | Homestay dan Resto Kaliurang Asri | 34.04 | p=magang pelayanan tamu dan housekeeping homestay {4}
dudi s | Plaza Seturan (pusat perbelanjaan) | 34.04 | s=ruang pameran disewakan | h=rekrut SPG kosmetik dan beauty advisor {10}
dudi s | RS Panti Sehat Sleman | 34.04 | h=rekrut staff admin rumah sakit {3}
dudi s | CV Percetakan Sinar Jaya Gamping | 34.04 | t=desainer grafis senior sebagai narasumber {1} | p=magang desain grafis dan cetak {3}
dudi s | Studio Foto Pengantin Candra | 34.04 | p=magang fotografer dan rias pengantin {2} | h=rekrut perias pengantin
dudi s | Salon Cantik Bu Wiwik | 34.04 tidak | p=magang salon {3} | h=rekrut kapster
ormas m | Pokdarwis Ngemplak Asri | 34.04 tidak | t=pemandu wisata {2} | p=pelatihan pengelolaan homestay
dudi s | Salon Mbak Rini | 34.04 x | p=bisa terima magang
ormas m | Sanggar Tari Kembang | 34.04 x | t=pelatih tari
lkp m | LKP Kecantikan Ayu Semarang | 33.74 | p=magang di jaringan salon mitra di Semarang {10}
dudi s | PT Studio Animasi Nusantara | 31.74 | t=mentor desain grafis dan videografi (kelas tatap muka di Jakarta) {2}
donor m | Yayasan Desa Wisata Indonesia | 31.74 | d=hibah kompetitif pengembangan desa wisata se-Indonesia {Rp 75.000.000}
dudi s | Salon Mawar Wonosari | 34.03 | p=magang salon {2} | h=rekrut kapster salon
lkp m | LKP Rias Ayu Wates | 34.01 | p=magang rias pengantin di sanggar rias mitra {4}
"""))


# ---------------------------------------------------------------------------------------------
# 5. Jawa Timur: Kabupaten Malang (35.07)
# ---------------------------------------------------------------------------------------------
DIRECTORIES.append(("partners_kab_malang", "MLG", "Bantuan yang bisa diberikan", """
dinas g | Dinas Tenaga Kerja Kabupaten Malang | 35.07 | t=instruktur las dan listrik di UPT Pelatihan Kerja {3} | p=program pemagangan di industri: pengelasan, otomotif, garmen {50} | h=penempatan pencari kerja ke perusahaan dan antar kerja antar daerah (AKAD) {250}
blk g | UPT Pelatihan Kerja Singosari (Disnakertrans Provinsi Jawa Timur) | 35.07 | t=instruktur las, listrik, menjahit dan komputer; asesor TUK las {5} | s=workshop las 12 mesin SMAW dan 4 GMAW bisa dipinjam {16} | p=pelatihan pengelasan 3G/4G, instalasi listrik dan menjahit {96} | h=penempatan alumni pelatihan ke industri fabrikasi
dudi s | PT Baja Konstruksi Singosari (fabrikasi baja) | 35.07 | p=menerima magang welder SMAW/GMAW selama 2 bulan {8} | h=rekrut welder bersertifikat {15}
dudi s | Bengkel Las Karya Logam Kepanjen (pagar, kanopi, teralis) | 35.07 | p=magang las listrik untuk lulusan kursus {3} | h=butuh tukang las {2}
dudi s | PT Galangan Kapal Sendang Biru | 35.07 | p=magang las kapal {4} | h=rekrut welder kapal
dudi s | PT Gula Manis Malang Selatan (pabrik gula) | 35.07 | p=magang teknisi bengkel pabrik (las, listrik, mesin) saat musim giling {10} | h=rekrut juru las musiman {6}
dudi s | CV Teknik Listrik Arema | 35.07 | p=magang instalasi listrik {4} | h=rekrut teknisi listrik {3}
dudi s | Bengkel Bubut dan Mesin Presisi Lawang | 35.07 | p=magang operator mesin bubut dan CNC {4}
dudi s | PT Karoseri Malang Raya (karoseri truk dan bus) | 35.73 | p=magang welder karoseri dan pengecatan {6} | h=rekrut welder karoseri {10}
dudi s | PT Tembakau Nusantara Malang | 35.73 | h=rekrut 200 buruh linting dan operator produksi {200}
lkp m | LKP Las Mandiri Pakis | 35.07 | t=instruktur las bersertifikat BNSP {2} | p=kursus las SMAW
lkp m | LPK Teknik Listrik Singhasari | 35.07 | t=instruktur listrik | p=kursus instalasi listrik
lkp m | LKP Komputer Kepanjen | 35.07 | t=tutor komputer | s=lab komputer
pkbm m | PKBM Sekar Wangi Turen | 35.07 | t=tutor Paket A dan keaksaraan berpengalaman, bisa dibagi ke kelas SKB {2} | s=ruang belajar PKBM
pkbm m | PKBM Nurul Huda Dampit | 35.07 | t=tutor Paket C (IPA, matematika) {2}
pkbm m | PKBM Bina Ilmu Pakisaji | 35.07 | t=tutor Paket B {2} | p=penjaringan anak putus sekolah SD-SMP {30}
dinas g | Dinas Pendidikan Kabupaten Malang (Bidang PAUD dan Dikmas) | 35.07 | d=BOP kesetaraan | t=penilik PNF | p=pendataan warga buta aksara per desa {500}
dinas g | Dinas Pemberdayaan Masyarakat dan Desa Kabupaten Malang | 35.07 | t=pendamping desa | s=balai desa bisa dipakai kegiatan belajar masyarakat (koordinasi dengan kepala desa) {390:desa}
dinas g | Kantor Kementerian Agama Kabupaten Malang | 35.07 | t=penyuluh agama | s=ruang kelas madrasah diniyah di desa untuk kelas sore {20}
dinas g | Dinas Pertanian dan Perkebunan Kabupaten Malang | 35.07 | t=penyuluh perkebunan kopi {3} | s=bantuan alat pascapanen kopi (pulper, huller) untuk poktan {2} | p=sekolah lapang budidaya kopi dan pascapanen {30}
dinas g | Dinas Koperasi dan Usaha Mikro Kabupaten Malang | 35.07 | d=dana bergulir koperasi dan kelompok tani {Rp 300.000.000}
dinas g | Dinas Perindustrian dan Perdagangan Kabupaten Malang | 35.07 | p=pelatihan roasting dan pengemasan kopi untuk IKM {20} | h=fasilitasi pameran kopi Malang {10:produk}
dinas g | Dinas Perikanan Kabupaten Malang | 35.07 | s=cold storage di Sendang Biru | p=pelatihan pengolahan ikan di Sendang Biru
dudi s | PT Perkebunan Kopi Robusta Bangelan | 35.07 | p=magang pascapanen kopi di kebun dan pabrik {10} | h=membeli kopi petik merah petani plasma {20:ton/tahun}
dudi s | Kopi Dampit Nusantara (roastery) | 35.07 | t=Q-grader bisa melatih sortasi biji kopi | h=membeli green bean robusta grade 1 petik merah dengan harga premium {5:ton/tahun}
dudi s | PT Eksportir Kopi Jawa Timur | 35.78 | h=kontrak pembelian green bean robusta untuk ekspor {100:ton/tahun}
dudi s | PT Kakao Nusantara Blitar | 35.05 | p=pelatihan fermentasi kakao {20} | h=membeli biji kakao fermentasi {50:ton/tahun}
koperasi m | Koperasi Petani Tebu Rakyat Kepanjen | 35.07 | h=menampung tebu petani
dudi s | Perkebunan Cengkeh Sumbermanjing | 35.07 | p=pelatihan pascapanen cengkeh {20} | h=membeli cengkeh kering {10:ton/tahun}
dudi s | Sudut Kopi (kafe, Kota Malang) | 35.73 | p=kelas barista | h=membeli biji kopi sangrai lokal {100:kg/bulan}
dudi s | Toko Mesin Pertanian Sumber Tani | 35.73 | s=jual dan sewa mesin pulper, huller dan roaster dengan cicilan {3}
donor s | CSR Bank Jatim Makmur | 35.73 | d=KUR dan hibah sarana pascapanen untuk poktan binaan {Rp 200.000.000} | s=hibah mesin huller untuk poktan binaan {1}
donor s | TJSL PT Energi Bendungan Karangkates | 35.07 | d=bantuan khusus desa ring 1 Kecamatan Sumberpucung dan Kalipare {Rp 500.000.000} | p=pelatihan UMKM warga ring 1
donor m | BAZNAS Kabupaten Malang | 35.07 | d=zakat produktif untuk petani dan usaha mikro mustahik {Rp 400.000.000}
donor m | Yayasan Kopi Lestari Indonesia | 31.74 | d=hibah sarana pascapanen kopi untuk kelompok tani se-Indonesia {Rp 100.000.000} | p=sekolah lapang kopi berkelanjutan, pelatih datang ke kebun kelompok {60}
ormas m | Gapoktan Kopi Sumbermanjing | 35.07 | p=sekolah lapang antar petani (petani ke petani) pascapanen kopi {25} | h=jual bersama kopi ke koperasi
ormas m | Asosiasi Petani Kopi Malang Selatan | 35.07 | t=petani pelopor sebagai pelatih {3} | h=pemasaran bersama green bean ke roastery {30:ton/tahun}
ormas m | TP PKK Kecamatan Dampit | 35.07 | s=posyandu dan balai RW untuk kelas sore {5} | p=pendataan warga buta aksara dan motivasi belajar {50}
ormas m | Majelis Taklim Al-Hidayah Bululawang | 35.07 | s=musala dan ruang majelis taklim untuk kelas keaksaraan ibu-ibu {2} | p=sosialisasi lewat pengajian
ormas m | Karang Taruna Desa Gondanglegi | 35.07 | t=relawan pengajar baca tulis untuk lansia {3} | p=penjaringan warga buta aksara {20}
tokoh_masyarakat m | Pak Slamet (Kepala Dusun Sumberejo, Dampit) | 35.07 | s=rumah warga dan balai dusun dipinjamkan untuk kelas belajar {1} | p=mengajak warga ikut kelas
tokoh_masyarakat m | Hj. Munawaroh (pensiunan guru SD) | 35.07 | t=bersedia menjadi tutor Paket A / keaksaraan secara sukarela {1}
perguruan_tinggi m | Universitas Pertanian Arjuno | 35.73 | t=dosen agronomi kopi dan penyuluh swadaya {2} | p=KKN tematik pascapanen kopi {30}
perguruan_tinggi m | Universitas Pendidikan Malang Raya | 35.73 | t=mahasiswa PGSD sebagai tutor keaksaraan dan Paket A lewat KKN {20} | p=KKN literasi desa
perguruan_tinggi m | Politeknik Teknik Malang | 35.73 | t=dosen teknik pengelasan sebagai asesor uji kompetensi {2} | s=lab las
koperasi m | Koperasi Kopi Tani Makmur Dampit | 35.07 | d=pinjaman saprodi {Rp 100.000.000} | s=sewa huller koperasi | h=membeli kopi petik merah anggota dan non-anggota {50:ton/tahun}
bumdes g | BUMDes Sumber Rejeki Dampit | 35.07 | s=lantai jemur dan gudang kopi desa bisa dipakai poktan {1} | h=membeli kopi warga untuk dijual ke roastery
dudi s | PT Kontraktor Baja Pasuruan (kawasan industri) | 35.14 | p=magang welder {10} | h=rekrut welder pipa {20}
dudi s | PT Galangan Kapal Surabaya | 35.78 | p=magang welder kapal dengan mess {15} | h=rekrut welder bersertifikat {40}
dudi s | PT Konstruksi Baja Nusantara | 31.74 | p=magang welder di proyek Jabodetabek {10}
dudi s | Bengkel Las Sinar Batu | 35.79 tidak | p=magang las {3} | h=rekrut tukang las
pkbm m | PKBM Harapan Sumberpucung | 35.07 tidak | t=tutor Paket A {2}
koperasi m | Koperasi Produsen Kopi Tirtoyudo | 35.07 tidak | h=membeli kopi petik merah {20:ton/tahun}
dudi s | Bengkel Las Pak Kusno | 35.07 x | p=terima magang las
ormas m | Musala Al-Ikhlas | 35.07 x | s=tempat belajar
dudi s | Hotel Panorama Batu | 35.79 | p=magang housekeeping | h=rekrut housekeeping dan waiter
dudi s | RS Sumber Sehat Kepanjen | 35.07 | h=rekrut teknisi pemeliharaan gedung (las dan listrik) {2}
dudi s | PT Pupuk Organik Malang | 35.07 | s=bantuan pupuk organik untuk demplot kopi {2:ton} | p=pelatihan pembuatan kompos dari kulit kopi {20}
lkp m | LKP Barista Malang | 35.73 | p=kursus barista {12} | h=membeli biji kopi lokal untuk praktik {20:kg/bulan}
dinas g | Dinas Sosial Kabupaten Malang | 35.07 | d=bantuan UEP keluarga miskin {Rp 40.000.000} | p=rehabilitasi sosial
skb g | UPT SKB Kota Malang | 35.73 | t=tutor Paket A, B, C bisa diperbantukan {3} | s=ruang kelas SKB
ormas m | Yayasan Pendidikan Lansia Lumajang | 35.08 | t=tutor keaksaraan lansia {2}
dinas g | Dinas Perpustakaan Kabupaten Malang | 35.07 | t=pustakawan | s=perpustakaan keliling dan pojok baca desa sebagai tempat belajar {10}
"""))


# ---------------------------------------------------------------------------------------------
# 6. Sumatera Utara: Kabupaten Deli Serdang (12.07)
# ---------------------------------------------------------------------------------------------
DIRECTORIES.append(("partners_deli_serdang", "DLI", "Bentuk Dukungan", """
dinas g | Dinas Perikanan Kabupaten Deli Serdang | 12.07 | t=penyuluh perikanan {2} | s=bantuan freezer dan cool box untuk Poklahsar {5} | p=pelatihan diversifikasi olahan ikan dan CPPOB {30}
dinas g | Dinas Kelautan dan Perikanan Provinsi Sumatera Utara | 12.71 | d=bantuan modal usaha pengolah ikan {Rp 75.000.000} | s=bantuan cold storage mini dan mesin pengering ikan tenaga surya untuk kelompok pengolah {2}
dinas g | Dinas Tenaga Kerja Kabupaten Deli Serdang | 12.07 | p=pemagangan di perusahaan: otomotif, perkebunan, pabrik {40} | h=penempatan tenaga kerja ke perusahaan kawasan industri {150}
blk g | UPTD BLK Deli Serdang | 12.07 | t=instruktur otomotif sepeda motor, las, listrik, menjahit dan pengolahan hasil perikanan {5} | s=bengkel otomotif dan dapur pengolahan | p=pelatihan teknik sepeda motor injeksi, las dan pengolahan ikan {80}
lkp m | LKP Otomotif Motor Mandiri Lubuk Pakam | 12.07 | t=instruktur sepeda motor injeksi bersertifikat {2} | p=kursus servis motor
dudi s | CV Sumatera Motor Lubuk Pakam (dealer dan bengkel resmi sepeda motor) | 12.07 | t=teknisi senior sebagai guru tamu sistem injeksi {1} | p=menerima siswa prakerin TBSM selama 3 bulan {8} | h=rekrut mekanik sepeda motor {4}
dudi s | Bengkel Motor Jaya Tanjung Morawa | 12.07 | p=PKL siswa SMK otomotif sepeda motor {4}
dudi s | Bengkel Motor Berkah Percut | 12.07 | p=terima anak PKL/magang motor {3} | h=butuh mekanik motor
dudi s | Bengkel Mobil Deli Auto | 12.07 | p=PKL siswa TKRO (mobil) {4} | h=rekrut mekanik mobil
dudi s | PT Dealer Mobil Medan Raya | 12.71 | p=PKL teknisi kendaraan ringan {10} | h=rekrut teknisi mobil
dudi s | Bengkel Motor Medan Jaya | 12.71 | p=magang/prakerin mekanik motor injeksi {6} | h=rekrut mekanik motor {3}
dudi s | Toko Sparepart Motor Sinar Deli | 12.07 | h=rekrut pramuniaga toko sparepart motor {2}
dudi s | PT Perkebunan Kelapa Sawit Deli Makmur | 12.07 | d=CSR ring 1 desa sekitar kebun {Rp 300.000.000} | p=magang mekanik alat berat dan kendaraan kebun {6} | h=rekrut buruh panen dan mekanik traktor {30}
dudi s | PT Karet Nusantara Kebun Sei Putih | 12.18 | h=membeli lateks dari petani karet {10:ton/bulan}
dudi s | PT Perkebunan Kakao dan Kelapa Galang | 12.07 | p=magang pascapanen kakao
dudi s | PT Es dan Cold Storage Belawan | 12.71 | s=sewa ruang cold storage untuk UMKM perikanan dengan tarif khusus {10:ton} | h=membeli ikan segar nelayan
dudi s | PT Eksportir Ikan Olahan Medan | 12.71 | p=pelatihan standar mutu ekspor {20} | h=kontrak pembelian ikan asin dan ikan kering kualitas ekspor {5:ton/bulan}
dudi s | Toko Oleh-oleh Bolu dan Kerupuk Deli | 12.71 | h=konsinyasi kerupuk ikan dan abon dari UMKM {40:produk}
dudi s | Swalayan Maju Bersama Lubuk Pakam | 12.07 | h=rak produk lokal: kerupuk, keripik, abon ikan {20:produk}
dudi s | RM Seafood Pantai Labu | 12.07 | p=magang juru masak | h=membeli ikan asin dan kerupuk dari kelompok untuk dijual {100:kg/bulan}
dudi s | Toko Mesin Pengolahan Pangan Medan | 12.71 | s=jual mesin pengering ikan dan vacuum sealer, bisa dicicil {2}
dudi s | PT Kemasan Sumatera | 12.07 | s=diskon kemasan vakum dan label untuk UMKM | p=pelatihan desain kemasan {20}
dudi s | Hotel Grand Kualanamu | 12.07 | p=magang housekeeping | h=membeli camilan khas Deli untuk minibar dan hampers {10:produk}
dudi s | Galeri UMKM Bandara Kualanamu | 12.07 | h=kios oleh-oleh UMKM di bandara dengan sistem kurasi {30:produk}
dudi s | Deli Belanja (toko online lokal) | 12.07 | h=toko online produk UMKM Deli Serdang {100:produk}
dudi s | RS Sehat Deli Lubuk Pakam | 12.07 | h=rekrut staff admin dan tenaga kebersihan rumah sakit
dudi s | Klinik Pratama Sehat Percut | 12.07 | p=penyuluhan sanitasi dan higiene pangan untuk UMKM {30}
lkp m | LKP Tata Boga Sri Deli | 12.07 | t=instruktur tata boga | p=kursus olahan ikan dan kue {15}
lkp m | LKP Komputer Lubuk Pakam | 12.07 | p=kursus komputer
smk m | SMK Swasta Teknik Tanjung Morawa (TBSM, TKRO) | 12.07 | t=guru TBSM | p=siswa TBSM yang juga mencari tempat prakerin {40}
smk m | SMK Perikanan Pantai Labu (Agribisnis Pengolahan Hasil Perikanan) | 12.07 | t=guru APHP sebagai pelatih olahan ikan {2} | s=ruang pengolahan dan freezer sekolah bisa dipakai kelompok {1} | p=siswa PKL APHP
pkbm m | PKBM Bahari Percut | 12.07 | t=tutor kesetaraan | p=kelas kesetaraan untuk nelayan
donor m | BAZNAS Kabupaten Deli Serdang | 12.07 | d=zakat produktif nelayan dan pengolah ikan mustahik {Rp 250.000.000} | s=bantuan alat usaha (freezer, gerobak) {10}
donor s | CSR Bank Sumut Sejahtera | 12.71 | d=KUR dan pinjaman modal kerja usaha perikanan {Rp 500.000.000}
donor s | TJSL PT Pelabuhan Belawan Nusantara | 12.71 | d=bantuan modal dan sarana untuk kelompok nelayan ring 1 Belawan {Rp 400.000.000} | s=bantuan cool box untuk nelayan ring 1
donor s | TJSL Bandara Kualanamu | 12.07 | d=bantuan UMKM desa ring 1 bandara (Kecamatan Beringin dan Pantai Labu) {Rp 350.000.000} | h=kios UMKM
donor m | Yayasan Nelayan Sejahtera Indonesia | 31.74 | d=hibah kompetitif untuk kelompok pengolah ikan di pesisir Sumatera {Rp 50.000.000}
ormas m | Himpunan Nelayan Kecamatan Pantai Labu | 12.07 | p=menggerakkan anggota ikut pelatihan
ormas m | TP PKK Kecamatan Pantai Labu | 12.07 | p=pelatihan olahan ikan untuk ibu-ibu PKK {20} | h=bazar PKK
ormas m | Kelompok Pengolah Ikan Bagan Percut | 12.07 | h=berbagi jaringan pembeli ikan asin di Medan {3:pembeli}
ormas m | Ikatan Bengkel Motor Deli Serdang | 12.07 | p=menyalurkan siswa PKL ke bengkel anggota {20} | h=info lowongan mekanik
ormas m | Karang Taruna Tanjung Morawa | 12.07 | p=kegiatan pemuda
tokoh_masyarakat m | H. Usman Nasution (tokoh nelayan Pantai Labu) | 12.07 | p=menggerakkan nelayan dan istri nelayan | h=menghubungkan kelompok ke toke ikan di Medan
tokoh_masyarakat m | Pak Sembiring (pemilik bengkel motor senior) | 12.07 | t=bersedia menjadi guru tamu sistem injeksi motor {1}
pusat_karya m | Sentra Kerupuk Ikan Percut | 12.07 | p=magang pembuatan kerupuk ikan {6} | h=membeli ikan olahan setengah jadi dari kelompok {500:kg/bulan}
pusat_karya m | Sentra Ulos Balige | 12.12 | p=magang tenun ulos | h=membeli ulos dari penenun
perguruan_tinggi m | Universitas Perikanan Sumatera | 12.71 | t=dosen teknologi hasil perikanan {2} | p=pelatihan diversifikasi olahan ikan dan HACCP/CPPOB lewat pengabdian {30}
perguruan_tinggi m | Politeknik Teknik Medan | 12.71 | t=dosen teknik otomotif sebagai guru tamu {2} | s=lab mesin
koperasi m | Koperasi Nelayan Pantai Labu | 12.07 | d=simpan pinjam anggota | h=menampung dan memasarkan ikan asin anggota dan kelompok {2:ton/bulan}
bumdes g | BUMDes Pantai Labu Baru | 12.07 | s=gedung pengolahan desa dan freezer bersama {1} | h=outlet produk desa
dinas g | Dinas Koperasi dan UKM Kabupaten Deli Serdang | 12.07 | d=pinjaman dana bergulir UMKM {Rp 200.000.000} | p=pelatihan kewirausahaan
dinas g | Dinas Perindustrian dan Perdagangan Kabupaten Deli Serdang | 12.07 | p=pelatihan kemasan dan sertifikasi halal {40} | h=pameran produk IKM {20:produk}
dinas g | Cabang Dinas Pendidikan Provinsi Sumatera Utara Wilayah Deli Serdang | 12.07 | p=fasilitasi penempatan prakerin siswa SMK di DUDI {200}
dinas g | Dinas Sosial Kabupaten Deli Serdang | 12.07 | d=bantuan UEP keluarga miskin {Rp 40.000.000}
dinas g | Dinas Pariwisata Kabupaten Deli Serdang | 12.07 | h=promosi produk kuliner lokal di festival pantai {15:produk}
dudi s | Bengkel Motor Sahabat Batang Kuis | 12.07 tidak | p=PKL siswa TBSM {4}
dudi s | UD Ikan Asin Sumber Laut | 12.07 tidak | h=membeli ikan asin {3:ton/bulan}
dudi s | Bengkel Motor Ucok | 12.07 x | p=bisa PKL
dudi s | Toke Ikan Amir | 12.07 x | h=beli ikan
dudi s | Dealer Motor Toba Jaya Balige | 12.12 | p=prakerin TBSM {4}
dudi s | PT Pengolahan Ikan Aceh Raya | 11.71 | h=membeli ikan kering {2:ton/bulan}
dudi s | Bengkel Motor Binjai Jaya | 12.75 | p=prakerin mekanik motor {5}
dudi s | Dealer Motor Serdang Bedagai | 12.18 | p=PKL TBSM dengan mess {6} | h=rekrut mekanik sepeda motor
ormas m | Kelompok Pengolah Ikan Langkat | 12.05 | h=jaringan pemasaran abon ikan ke Medan
koperasi m | Koperasi Kopi Arabika Karo | 12.06 | h=membeli kopi arabika petani {50:ton/tahun}
"""))


# ---------------------------------------------------------------------------------------------
# 7. Sumatera Barat: Kota Padang (13.71)
# ---------------------------------------------------------------------------------------------
DIRECTORIES.append(("partners_padang", "PDG", "Potensi Kemitraan", """
dinas g | Dinas Tenaga Kerja dan Perindustrian Kota Padang | 13.71 | p=pemagangan di hotel dan industri jasa {40} | h=job fair dan penempatan tenaga kerja {150}
blk g | UPTD BLK Provinsi Sumatera Barat | 13.71 | t=instruktur perhotelan, tata boga, barista, las dan listrik {5} | s=mock-up kamar hotel dan bar praktik | p=pelatihan housekeeping, F&B service dan barista berbasis kompetensi {80} | h=penyaluran alumni pelatihan ke hotel mitra
dudi s | Hotel Minang Palace Padang | 13.71 | p=OJT 3 bulan housekeeping, F&B service dan front office {10} | h=rekrut lulusan OJT terbaik {6}
dudi s | Air Manis Beach Resort | 13.71 | p=magang F&B dan kitchen {6} | h=rekrut waiter {4}
dudi s | Hotel Ombak Biru Padang | 13.71 tidak | p=OJT housekeeping {8}
dudi s | Kopi Minang Kabau (kafe) | 13.71 | p=magang barista {3} | h=rekrut barista; keripik balado kemasan titip jual di kasir {2}
dudi s | RM Salero Bundo | 13.71 | p=magang juru masak dan pramusaji {4} | h=rekrut pramusaji
dudi s | Pusat Oleh-oleh Keripik Balado Uni Ros | 13.71 | h=konsinyasi rendang kemasan dan keripik balado dari kelompok usaha {60:produk}
dudi s | Kios UMKM Bandara Internasional Minangkabau | 13.05 | h=kios produk UMKM Sumbar di bandara, kurasi bulanan {30:produk}
dudi s | Ranah Minang Store (toko online) | 13.71 | p=pelatihan foto produk {20} | h=menjual produk UMKM Minang secara online ke luar daerah {100:produk}
dudi s | Katering Bundo Padang | 13.71 | p=magang dapur katering {3} | h=rekrut juru masak
dudi s | CV Rumah Kemasan Padang | 13.71 | s=sewa mesin vacuum sealer | p=pelatihan kemasan vakum dan label {20}
dudi s | Bersih Express (laundry hotel) | 13.71 | p=magang laundry | h=rekrut tenaga laundry {4}
dudi s | RS Harapan Bunda Padang | 13.71 | h=rekrut tenaga kebersihan dan staf gizi rumah sakit {5}
dudi s | Klinik Sehat Sumbar | 13.71 | p=pemeriksaan kesehatan berkala karyawan hotel dan restoran
dudi s | Minang Tour and Travel | 13.71 | h=paket oleh-oleh untuk rombongan wisata {200:paket/tahun}
donor s | TJSL PT Semen Andalas Indarung | 13.71 | d=bantuan modal UMKM khusus kelurahan ring 1 Kecamatan Lubuk Kilangan {Rp 600.000.000} | p=pelatihan UMKM ring 1
donor m | BAZNAS Kota Padang | 13.71 | d=zakat produktif untuk kelompok usaha perempuan mustahik {Rp 300.000.000}
donor m | LAZ Dompet Ranah Minang | 13.71 | d=pembiayaan tanpa bunga untuk ibu-ibu pelaku usaha rumahan {Rp 90.000.000}
donor s | CSR Bank Andalas Sejahtera | 13.71 | d=KUR mikro dan hibah modal kelompok usaha binaan {Rp 250.000.000} | p=pelatihan literasi keuangan
donor m | Yayasan Amal Rang Minang Rantau | 31.74 | d=dana bergulir untuk UMKM perempuan di kampung halaman (Sumatera Barat) {Rp 100.000.000}
donor s | TJSL PT Energi Riau | 14.71 | d=bantuan modal UMKM khusus Provinsi Riau {Rp 500.000.000}
dinas g | Dinas Koperasi dan UKM Kota Padang | 13.71 | d=pinjaman dana bergulir tanpa agunan untuk kelompok usaha {Rp 200.000.000} | p=pelatihan PIRT dan sertifikasi halal gratis {50}
dinas g | Dinas Perdagangan Kota Padang | 13.71 | h=promosi UMKM di pameran, pasar raya dan galeri UMKM {40:produk}
dinas g | Dinas Kesehatan Kota Padang | 13.71 | p=penyuluhan keamanan pangan dan penerbitan SPP-IRT (PIRT) {60}
dinas g | Dinas Pariwisata Kota Padang | 13.71 | p=pelatihan pelayanan prima untuk pelaku wisata {30} | h=promosi kuliner khas di event wisata
dinas g | Dinas Pemberdayaan Perempuan dan Perlindungan Anak Kota Padang | 13.71 | d=bantuan usaha perempuan kepala keluarga {Rp 25.000.000} | p=pelatihan kewirausahaan dan kemasan produk perempuan {30}
dinas g | Dinas Sosial Kota Padang | 13.71 | d=bantuan KUBE keluarga miskin {Rp 30.000.000}
dinas g | Dinas Pendidikan Kota Padang | 13.71 | d=BOP lembaga kursus dan pelatihan {Rp 100.000.000}
dinas g | Dinas Kelautan dan Perikanan Kota Padang | 13.71 | p=pelatihan olahan ikan (rendang ikan, dendeng) {25}
lkp m | LKP Perhotelan Bunda Padang | 13.71 | p=kursus housekeeping
lkp m | LKP Tata Boga Selera Minang | 13.71 | t=instruktur masak rendang dan kue tradisional | p=kursus tata boga
lkp m | LKP English Corner Padang | 13.71 | p=kelas bahasa Inggris untuk pekerja hotel {20}
lkp m | LKP Barista Ranah Kopi | 13.71 | p=kursus barista dan magang di kafe mitra {10} | h=penyaluran barista ke kafe mitra
smk m | SMK Pariwisata Padang (Perhotelan, Kuliner) | 13.71 | s=hotel praktik sekolah | p=siswa PKL perhotelan mencari tempat praktik {40}
pkbm m | PKBM Bunda Koto Tangah | 13.71 | t=tutor kesetaraan | p=kelas PKW tata boga
ormas m | Bundo Kanduang Kota Padang | 13.71 | p=pembinaan kelompok perempuan dan pelatihan kuliner tradisional {30} | h=pameran produk nagari
ormas m | TP PKK Kota Padang | 13.71 | h=bazar UMKM PKK bulanan {20:produk}
ormas m | Asosiasi Pengusaha Perempuan Sumatera Barat | 13.71 | p=mentoring usaha dan pengurusan sertifikat halal {20} | h=jejaring pemasaran ke ritel modern
ormas m | Asosiasi Hotel dan Restoran Sumatera Barat | 13.71 | p=menyalurkan peserta OJT ke 30 hotel dan restoran anggota {60} | h=info lowongan hotel dan restoran anggota
ormas m | Karang Taruna Kelurahan Pasie Nan Tigo | 13.71 | p=relawan kegiatan kelurahan
tokoh_masyarakat m | Uni Yet (pengusaha rendang, tokoh perempuan Koto Tangah) | 13.71 | t=berbagi resep dan standar rendang kemasan | h=menampung produk anggota kelompok untuk dijual di tokonya {30:produk}
tokoh_masyarakat m | Datuak Rajo Mangkuto (niniak mamak) | 13.71 | p=sosialisasi program di nagari
pusat_karya m | Sentra Songket Pandai Sikek | 13.04 | p=magang tenun songket | h=membeli songket dari penenun
pusat_karya m | Sentra Sulaman Padang | 13.71 | p=magang sulam {6} | h=membeli hasil sulaman
pusat_karya m | Sentra Rendang Nagari Padang Pariaman | 13.05 | p=pelatihan standar produksi rendang | h=maklun produksi rendang kemasan dari kelompok {50:kg/bulan}
perguruan_tinggi m | Politeknik Pariwisata Ranah Minang | 13.71 | t=dosen perhotelan | p=OJT bersama hotel mitra untuk peserta kursus {20}
perguruan_tinggi m | Universitas Teknologi Pangan Padang | 13.71 | p=pendampingan sertifikasi halal, PIRT dan kemasan vakum lewat KKN {30}
koperasi m | Koperasi Wanita Saiyo Padang | 13.71 | d=pinjaman untuk anggota | h=toko koperasi menerima produk kelompok {20:produk}
bumdes g | BUMNag Lubuk Alung | 13.05 | h=outlet oleh-oleh di jalan lintas Padang-Bukittinggi {30:produk}
dudi s | Hotel Panorama Bukittinggi | 13.75 | p=OJT housekeeping dan F&B dengan mess {8} | h=rekrut housekeeping
dudi s | Hotel Grand Pekanbaru | 14.71 | p=OJT hotel {10}
dudi s | Hotel Sejuk Padang Panjang | 13.74 | p=magang housekeeping {4}
dudi s | Solok Coffee (kafe) | 13.02 | p=magang barista {2}
dudi s | Pusat Oleh-oleh Rangkiang | 13.71 tidak | h=konsinyasi keripik balado {40:produk}
dudi s | Hotel Melati Sakinah | 13.71 x | p=bisa OJT
dudi s | Kedai Uni Upik | 13.71 x | h=titip jual
dudi s | PT Kemasan Plastik Padang | 13.71 | h=rekrut operator produksi {10}
dudi s | Bengkel Motor Padang Jaya | 13.71 | p=magang servis motor
dudi s | Swalayan Citra Padang | 13.71 | p=PKL kasir | h=rak produk lokal Minang {40:produk}
dudi s | PT Karet Padang Pariaman | 13.05 | h=membeli karet petani
"""))


# ---------------------------------------------------------------------------------------------
# 8. Kalimantan Selatan: Kota Banjarmasin (63.71)
# ---------------------------------------------------------------------------------------------
DIRECTORIES.append(("partners_banjarmasin", "BJM", "Bantuan yang bisa diberikan", """
dinas g | Dinas Tenaga Kerja dan Transmigrasi Kota Banjarmasin | 63.71 | p=pemagangan di perusahaan bagi pencari kerja: administrasi, ritel, perbankan {40} | h=bursa kerja dan penempatan tenaga kerja {200}
blk g | UPTD BLK Provinsi Kalimantan Selatan | 63.71 | t=instruktur menjahit, komputer, las dan otomotif {5} | s=ruang praktik menjahit dan lab komputer | p=pelatihan operator komputer dan menjahit {80} | h=penempatan alumni pelatihan
dinas g | Dinas Pendidikan Kota Banjarmasin | 63.71 | d=BOP PKW dan kesetaraan untuk PKBM terakreditasi {Rp 180.000.000} | t=penilik PNF
dinas g | Direktorat Kursus dan Pelatihan (program PKW nasional) | 31.74 | d=bantuan pemerintah PKW untuk LKP dan PKBM se-Indonesia melalui proposal {Rp 40.000.000}
dinas g | Dinas Sosial Kota Banjarmasin | 63.71 | s=bantuan mesin jahit bagi keluarga miskin {10} | p=pelatihan menjahit bagi PPKS
dinas g | Dinas Koperasi dan UKM Kota Banjarmasin | 63.71 | d=dana bergulir UMKM {Rp 250.000.000} | p=pelatihan kewirausahaan
dinas g | Dinas Perindustrian dan Perdagangan Kota Banjarmasin | 63.71 | t=instruktur jahit produk sasirangan {2} | p=pelatihan desain sasirangan dan menjahit produk turunan {30}
dinas g | DP3A Kota Banjarmasin | 63.71 | d=bantuan pelatihan keterampilan perempuan {Rp 30.000.000} | t=fasilitator pemberdayaan perempuan
dinas g | Dinas Komunikasi, Informatika dan Statistik Kota Banjarmasin | 63.71 | p=magang staff admin dan desain grafis di kantor dinas {6} | h=rekrut tenaga kontrak operator komputer {3}
lkp m | LKP Busana Sasirangan Intan | 63.71 | t=instruktur menjahit dan tata busana {2} | s=pinjam 8 mesin jahit di luar jam kursus {8}
lkp m | LKP Menjahit Ananda | 63.71 | t=instruktur jahit {1} | p=kursus jahit
lkp m | LKP Global Komputer Banjarmasin | 63.71 | p=kursus komputer {30}
lkp m | LKP Borneo English | 63.71 | t=tutor bahasa Inggris
lkp m | LKP Galuh Cantik | 63.71 | t=instruktur tata rias
pkbm m | PKBM Bina Warga Banjarmasin Utara | 63.71 | t=tutor PKW menjahit, bisa berbagi jadwal {1} | s=3 mesin jahit portable dipinjamkan {3}
skb g | SKB Kota Banjarmasin | 63.71 | t=pamong belajar | s=ruang praktik menjahit SKB dengan 10 mesin untuk mitra {10}
smk m | SMK Bina Busana Banjarmasin (Tata Busana) | 63.71 | t=guru tata busana sebagai instruktur tamu {2} | s=bengkel busana 30 mesin
smk m | SMK Bisnis Banjarmasin (AKL, OTKP, DKV) | 63.71 | t=guru DKV | p=siswa PKL mencari tempat praktik {40}
dudi s | Konveksi Seragam Banua | 63.71 | t=penjahit senior bisa mengajar kelas PKW {2} | h=rekrut penjahit
dudi s | Toko Mesin Jahit Kalsel | 63.71 | s=diskon 20% dan servis gratis mesin jahit portable untuk lembaga pendidikan {8}
dudi s | Bank Banua Sejahtera | 63.71 | d=CSR pendidikan {Rp 100.000.000} | p=magang teller dan customer service {6} | h=rekrut staff admin outsourcing {5}
dudi s | PT Borneo Mart (minimarket 30 gerai) | 63.71 | p=OJT kasir dan pramuniaga {10} | h=rekrut kasir dan admin toko {20}
donor s | TJSL PT Batubara Borneo Tapin | 63.05 | d=hibah pendidikan dan pelatihan khusus desa ring 1 Kabupaten Tapin {Rp 1,5 M} | h=rekrut operator alat berat
donor s | TJSL PT Pelabuhan Banua | 63.71 | d=bantuan pendidikan dan pelatihan keterampilan untuk warga Kota Banjarmasin {Rp 200.000.000}
dudi s | PT Kayu Lapis Barito | 63.04 | p=magang staff admin pabrik {5} | h=rekrut admin gudang dan operator produksi {30}
dudi s | Banua Grafika (percetakan dan digital printing) | 63.71 | p=magang desain grafis {3} | h=rekrut graphic designer {2}
dudi s | RS Banua Medika | 63.71 | h=rekrut staff admin rekam medis dan operator komputer {6}
dudi s | Klinik Pratama Sehat Banua | 63.71 | h=rekrut admin klinik {1}
dudi s | Hotel Borneo Sungai | 63.71 | p=magang front office {4} | h=rekrut waiter
dudi s | PT Pabrik Karet Banjarmasin | 63.71 | h=rekrut staf administrasi gudang dan operator timbang {4}
dudi s | PT Sawit Borneo Tanah Laut | 63.01 | h=rekrut krani (admin kebun) {10}
dudi s | Bengkel Mobil Banua Motor | 63.71 | p=magang mekanik mobil
dudi s | Banjar Belanja (toko online lokal) | 63.71 | h=rekrut admin toko online dan desainer konten {4}
dudi s | Kantor Konsultan Pajak Banua | 63.71 | p=magang staff admin pajak {2}
dudi s | Kafe Kopi Banjar | 63.71 | h=rekrut barista
donor m | BAZNAS Kota Banjarmasin | 63.71 | d=beasiswa pelatihan keterampilan untuk mustahik {Rp 150.000.000} | s=bantuan mesin jahit untuk mustahik
donor m | LAZ Peduli Banua | 63.71 | d=bantuan biaya kursus menjahit bagi janda dan perempuan dhuafa {Rp 40.000.000}
donor m | Yayasan Sasirangan Lestari | 63.71 | d=hibah kecil pelestarian sasirangan {Rp 20.000.000} | p=pelatihan pewarnaan sasirangan
donor m | Yayasan Borneo Cerdas | 64.72 | d=beasiswa pendidikan khusus warga Kalimantan Timur {Rp 300.000.000}
donor s | CSR PT Energi Kalimantan | 63.71 | d=beasiswa kuliah S1 bagi mahasiswa berprestasi {Rp 300.000.000}
ormas m | TP PKK Kota Banjarmasin | 63.71 | t=kader PKK terampil menjahit {4} | p=mengumpulkan peserta pelatihan
ormas m | Karang Taruna Kelurahan Kuin | 63.71 | p=relawan kegiatan pemuda
ormas m | Forum Komunitas Desain Grafis Banjarmasin | 63.71 | p=mentoring portofolio desain | h=info proyek freelance desain untuk alumni kursus {10}
ormas m | Ikatan Pengusaha Muda Banjarmasin | 63.71 | p=menempatkan peserta magang di perusahaan anggota (administrasi, penjualan) {20} | h=info lowongan perusahaan anggota
tokoh_masyarakat m | H. Gusti Rahmadi (tokoh masyarakat Banjarmasin Utara) | 63.71 | p=sosialisasi program PKW ke warga
tokoh_masyarakat m | Hj. Salmah (penjahit senior, pemilik usaha jahit) | 63.71 | t=bersedia melatih menjahit {1}
pusat_karya m | Kampung Sasirangan Banjarmasin | 63.71 | t=perajin sasirangan sebagai narasumber {2} | p=magang pewarnaan dan menjahit sasirangan {6} | h=membeli produk jadi sasirangan
pusat_karya m | Sentra Anyaman Purun Barito Kuala | 63.04 | p=magang anyaman purun | h=membeli anyaman purun
perguruan_tinggi m | Universitas Banua Mandiri | 63.71 | t=dosen tata busana sebagai instruktur {2} | p=KKN tematik
perguruan_tinggi m | Politeknik Bisnis Banjarmasin | 63.71 | p=mahasiswa magang siap ditempatkan {30} | h=career center menyalurkan alumni politeknik
koperasi m | Koperasi Pegawai Pemkot Banjarmasin | 63.71 | h=rekrut kasir koperasi {1}
bumdes g | BUMDes Barito Kuala Sejahtera | 63.04 | h=rekrut admin BUMDes {1}
dudi s | PT Call Center Banua | 63.71 tidak | p=OJT agen call center {10} | h=rekrut agen call center
lkp m | LKP Jahit Permata | 63.71 tidak | t=instruktur jahit {2}
dudi s | Toko Jahit Pak Ramli | 63.71 x | t=bisa ngajar jahit
dudi s | CV Sinar Banua | 63.71 x | h=lowongan admin
dudi s | PT Tambang Kaltim Sejahtera | 64.72 | p=magang admin di site tambang {10} | h=rekrut staff admin {20}
dinas g | Dinas Komunikasi dan Informatika Provinsi Kalimantan Selatan | 63.72 | p=magang operator komputer {8}
dudi s | PT Logistik Banjarbaru | 63.72 | h=rekrut admin gudang {6}
blk g | BLK Komunitas Pesantren Al-Falah Martapura | 63.03 | t=instruktur menjahit {2} | s=10 mesin jahit
donor s | TJSL PT Semen Tanah Bumbu | 63.10 | d=bantuan ring 1 Kabupaten Tanah Bumbu {Rp 700.000.000}
dudi s | Kantor Notaris dan PPAT Banua | 63.71 | p=magang admin kantor {2}
dudi s | PT Telekomunikasi Banua | 63.71 | h=rekrut customer service dan operator data entry {10}
"""))


# ---------------------------------------------------------------------------------------------
# 9. Sulawesi Selatan: Kabupaten Gowa (73.06)
# ---------------------------------------------------------------------------------------------
DIRECTORIES.append(("partners_gowa", "GWA", "Bidang", """
dinas g | Dinas Tanaman Pangan, Hortikultura dan Perkebunan Kabupaten Gowa | 73.06 | t=penyuluh perkebunan kakao {3} | s=bantuan bibit kakao unggul | p=sekolah lapang kakao: sambung samping, pemangkasan dan fermentasi {30}
dinas g | Balai Penyuluhan Pertanian Kecamatan Bontolempangan | 73.06 | t=PPL pendamping kelompok tani {2} | p=demplot kebun kakao
dinas g | Dinas Tenaga Kerja Kabupaten Gowa | 73.06 | p=pemagangan di perusahaan: administrasi, ritel {30} | h=penempatan tenaga kerja {100}
blk g | UPTD BLK Kabupaten Gowa | 73.06 | t=instruktur komputer administrasi, menjahit, las, otomotif dan pengolahan kakao {5} | p=pelatihan operator komputer dan pengolahan cokelat {64}
dudi s | PT Kakao Sulawesi Mandiri (pembeli dan eksportir kakao) | 73.71 | t=field officer pendamping petani {4} | p=pelatihan fermentasi bagi petani pemasok {40} | h=membeli biji kakao fermentasi dengan premi harga {100:ton/tahun}
dudi s | Pedagang Pengumpul Kakao Daeng Rala | 73.06 | h=membeli biji kakao asalan (tanpa fermentasi) {20:ton/tahun}
dudi s | PT Cokelat Makassar (pabrik cokelat) | 73.71 | p=magang produksi cokelat | h=membeli biji kakao fermentasi grade A {30:ton/tahun}
dudi s | PT Kopi Malino (kopi arabika) | 73.06 | p=pelatihan budidaya dan pascapanen kopi {20} | h=membeli kopi petani
dudi s | Perkebunan Cengkeh Bantaeng | 73.03 | p=pelatihan pascapanen cengkeh | h=membeli cengkeh petani
dudi s | PT Sawit Pasangkayu Lestari | 76.01 | p=pelatihan budidaya kelapa sawit plasma {50} | h=membeli TBS sawit
dudi s | PT Kakao Pasangkayu | 76.01 | p=sekolah lapang kakao di Pasangkayu {30} | h=membeli kakao fermentasi dari Sulawesi Barat {50:ton/tahun}
dudi s | CV Agro Input Gowa (toko saprotan) | 73.06 | s=gunting pangkas dan pupuk, diskon untuk kelompok tani
dudi s | Bank Sulsel Sejahtera Cabang Sungguminasa | 73.06 | d=CSR pendidikan {Rp 75.000.000} | p=PKL siswa SMK jurusan akuntansi dan perbankan {6} | h=rekrut teller dan staff admin {3}
dudi s | BPR Butta Gowa | 73.06 | p=PKL akuntansi {2}
dudi s | PT Ekspedisi Cepat Gowa | 73.06 | p=PKL administrasi ekspedisi {3} | h=rekrut admin {2}
dudi s | Gowa Mart (minimarket) | 73.06 | p=PKL kasir {4} | h=rekrut kasir {4}
dudi s | Kantor Akuntan Publik Makassar | 73.71 | p=magang khusus mahasiswa akuntansi S1 {4}
donor s | TJSL PT Semen Karst Pangkep | 73.10 | d=beasiswa dan bantuan pendidikan khusus desa ring 1 Kabupaten Pangkep {Rp 1 M} | p=PKL siswa SMK ring 1
donor s | TJSL PT Energi Angin Sidrap | 73.14 | d=bantuan pendidikan desa sekitar PLTB di Sidenreng Rappang {Rp 300.000.000} | p=PKL teknik listrik
dudi s | Hotel Malino Highland | 73.06 | p=PKL front office dan accounting hotel {4} | h=rekrut staff admin hotel
dudi s | RS Bunda Gowa | 73.06 | p=PKL administrasi rumah sakit untuk siswa OTKP {4} | h=rekrut admin rumah sakit
dudi s | Klinik Pratama Pallangga | 73.06 | h=rekrut perawat
dudi s | Bengkel Motor Sungguminasa | 73.06 | p=PKL TBSM {4}
dudi s | Toko Bangunan Sinar Gowa | 73.06 | p=PKL admin gudang {2}
dinas g | Dinas Pendidikan Kabupaten Gowa | 73.06 | d=BOP kesetaraan untuk PKBM {Rp 200.000.000} | t=penilik PNF
dinas g | Cabang Dinas Pendidikan Wilayah Gowa (Provinsi Sulawesi Selatan) | 73.06 | p=fasilitasi prakerin SMK ke DUDI {150}
dinas g | Dinas Koperasi dan UKM Kabupaten Gowa | 73.06 | d=dana bergulir UMKM | p=PKL siswa di koperasi binaan {10}
dinas g | Dinas Pemberdayaan Masyarakat dan Desa Kabupaten Gowa | 73.06 | t=pendamping desa | p=PKL siswa di kantor desa dan BUMDes {20}
dinas g | Dinas Sosial Kabupaten Gowa | 73.06 | d=bantuan pendidikan anak putus sekolah {Rp 30.000.000}
dinas g | Dinas Perdagangan Kabupaten Gowa | 73.06 | h=pasar lelang komoditas kakao dan kopi {50:ton/tahun}
lkp m | LKP Komputer Akuntansi Sungguminasa | 73.06 | t=instruktur komputer akuntansi (MYOB, Excel) {2} | p=kursus komputer akuntansi
lkp m | LKP Bimbel Cerdas Gowa | 73.06 | t=tutor matematika dan IPA SMP, bersedia mengajar Paket B {3} | s=ruang kelas sore {2}
lkp m | LKP Bahasa Inggris Gowa | 73.06 | t=tutor bahasa Inggris
pkbm m | PKBM Al-Ikhlas Bajeng | 73.06 | t=tutor Paket B matematika {1} | s=ruang belajar bisa dipakai bersama {1}
pkbm m | PKBM Tunas Bangsa Somba Opu | 73.06 | t=tutor Paket A dan keaksaraan {2}
pkbm m | PKBM Harapan Pallangga | 73.06 | t=tutor Paket C
skb g | SKB Kabupaten Gowa | 73.06 | t=pamong belajar dan tutor Paket B {3} | s=ruang kelas SKB di Sungguminasa {2}
smk m | SMK Pertanian Gowa (Agribisnis Tanaman Perkebunan) | 73.06 | t=guru agribisnis perkebunan bisa mendampingi poktan kakao {2} | p=siswa PKL ATP mencari kebun
smk m | SMK Bisnis Makassar (AKL, OTKP) | 73.71 | p=siswa PKL mencari tempat praktik {40}
donor m | BAZNAS Kabupaten Gowa | 73.06 | d=beasiswa pendidikan kesetaraan untuk anak mustahik {Rp 100.000.000}
donor m | LAZ Peduli Sulsel | 73.71 | d=bantuan operasional lembaga pendidikan nonformal di Sulawesi Selatan {Rp 50.000.000}
donor m | Yayasan Kakao Lestari Indonesia | 31.74 | t=fasilitator lapangan kakao yang bertugas di Sulawesi Selatan {4} | p=sekolah lapang kakao berkelanjutan di Sulawesi, fasilitator datang ke desa {100}
donor m | Yayasan Pendidikan Butta Gowa | 73.06 | d=hibah operasional PKBM {Rp 25.000.000}
ormas m | Gapoktan Kakao Bontolempangan | 73.06 | t=petani pelopor sambung samping sebagai pelatih {3} | h=jual bersama kakao ke pedagang
ormas m | KWT Mawar Malino | 73.06 | p=pelatihan olahan hasil kebun
ormas m | Karang Taruna Pallangga | 73.06 | t=relawan pengajar {2} | p=pendataan anak putus sekolah
ormas m | TP PKK Kabupaten Gowa | 73.06 | p=sosialisasi program ke desa
ormas m | Majelis Taklim Nurul Iman Pallangga | 73.06 | s=ruang majelis taklim untuk kelas sore {1}
tokoh_masyarakat m | Daeng Ngalle (petani kakao teladan) | 73.06 | t=bersedia melatih sambung samping {1}
tokoh_masyarakat m | Imam Masjid Al-Markaz Pallangga | 73.06 | s=ruang masjid untuk kelas belajar {1}
tokoh_masyarakat m | Hj. Sitti Aminah (pensiunan guru matematika SMP) | 73.06 | t=tutor matematika Paket B secara sukarela {1}
pusat_karya m | Sentra Cokelat Malino | 73.06 | p=magang produksi cokelat | h=membeli biji kakao fermentasi dari petani lokal {5:ton/tahun}
pusat_karya m | Sentra Kerajinan Bambu Bontonompo | 73.06 | p=magang anyaman bambu | h=membeli anyaman bambu
perguruan_tinggi m | Universitas Agro Sulawesi | 73.71 | t=dosen agronomi kakao dan mahasiswa KKN {5} | p=KKN tematik kakao: sambung samping {30}
perguruan_tinggi m | STIE Bisnis Gowa | 73.06 | t=dosen akuntansi | p=mahasiswa magang siap ditempatkan {20}
koperasi m | Koperasi Kakao Sejahtera Bontolempangan | 73.06 | p=PKL siswa akuntansi di koperasi {2} | h=membeli kakao fermentasi anggota {30:ton/tahun}
bumdes g | BUMDes Bontolempangan Maju | 73.06 | p=PKL siswa akuntansi dan administrasi di BUMDes {4} | h=membeli kakao warga
koperasi m | Koperasi Kakao Tinggimoncong | 73.06 tidak | t=pendamping kakao | h=membeli kakao fermentasi
dudi s | BPR Maros Sejahtera | 73.09 tidak | p=PKL akuntansi {3}
dinas g | Kantor Desa Bili-Bili | 73.06 x | p=terima PKL
dudi s | Pedagang Kakao Ramli | 73.06 x | h=beli kakao
dudi s | PT Logistik Maros | 73.09 | p=PKL administrasi gudang {4} | h=rekrut admin gudang
dudi s | PT Gula Takalar Sejahtera | 73.05 | p=PKL administrasi dan akuntansi pabrik {6}
koperasi m | Koperasi Petani Kakao Jeneponto | 73.04 | t=pendamping kakao {1}
dudi s | PT Tambak Udang Pangkep | 73.10 | h=rekrut staff admin tambak {2}
"""))


# ---------------------------------------------------------------------------------------------
# 10. Nusa Tenggara Timur: Kota Kupang (53.71)
# ---------------------------------------------------------------------------------------------
DIRECTORIES.append(("partners_kupang", "KPG", "Keterangan", """
dinas g | Dinas Perindustrian dan Perdagangan Kota Kupang | 53.71 | p=pelatihan desain motif dan produk turunan tenun ikat {30} | h=fasilitasi pameran tenun di Jakarta dan Bali {20:produk}
dinas g | Dinas Koperasi dan UKM Kota Kupang | 53.71 | d=pinjaman dana bergulir UMKM {Rp 150.000.000} | p=pelatihan kewirausahaan
dinas g | Dinas Pariwisata Kota Kupang | 53.71 | h=galeri tenun di pusat informasi wisata dan promosi ke hotel {30:produk}
dinas g | Dekranasda Provinsi Nusa Tenggara Timur | 53.71 | p=pelatihan pewarna alam {20} | h=kurasi dan pemasaran tenun NTT ke galeri nasional {50:produk}
dinas g | Dinas Pendidikan dan Kebudayaan Kota Kupang | 53.71 | d=BOP kesetaraan PKBM {Rp 100.000.000} | t=penilik PNF | s=buku Paket A dan modul keaksaraan {100}
dinas g | Dinas Sosial Kota Kupang | 53.71 | d=bantuan UEP perempuan miskin {Rp 40.000.000}
dinas g | Dinas Tenaga Kerja Kota Kupang | 53.71 | p=pelatihan kerja berbasis kompetensi | h=job fair dan penempatan tenaga kerja
dinas g | Dinas Pemberdayaan Perempuan dan Perlindungan Anak Kota Kupang | 53.71 | d=bantuan alat tenun untuk kelompok {Rp 20.000.000} | p=pelatihan pewarna alam untuk kelompok perempuan penenun {25}
ormas m | Majelis Jemaat Gereja Kota Baru Kupang | 53.71 | t=relawan pengajar sekolah minggu {3} | s=ruang gereja untuk kelas keaksaraan {2}
blk g | UPTD BLK Provinsi Nusa Tenggara Timur | 53.71 | t=instruktur menjahit, tenun, las dan komputer {5} | p=pelatihan tenun dan menjahit produk turunan {40}
lkp m | LKP Tenun Ikat Lasiana | 53.71 | t=instruktur tenun | p=kursus menenun dan desain motif {15}
lkp m | LKP Menjahit Flobamora | 53.71 | p=pelatihan menjahit tas dan kemeja dari kain tenun {20}
lkp m | LKP Komputer Kupang | 53.71 | t=tutor komputer
lkp m | LKP Bimbel Cerdas Kupang | 53.71 | t=tutor SD yang bisa mengajar Paket A {2}
pkbm m | PKBM Kasih Oebobo | 53.71 | t=tutor keaksaraan dasar {2} | s=ruang belajar
pkbm m | PKBM Sonaf Maulafa | 53.71 | t=tutor Paket C
skb g | SKB Kota Kupang | 53.71 | t=pamong belajar dan tutor Paket A {2} | s=ruang kelas {2}
smk m | SMK Tata Busana Kupang | 53.71 | t=guru tata busana | s=ruang jahit | p=siswa PKL tata busana
dudi s | Hotel Kupang Beach | 53.71 | h=membeli selendang tenun untuk suvenir tamu dan dekorasi {100:lembar/tahun}
dudi s | Toko Oleh-oleh Tenun Ikat Timor | 53.71 | h=konsinyasi kain tenun ikat dan produk turunan {50:produk}
dudi s | Galeri Tenun Nusantara | 31.74 | h=membeli tenun ikat NTT untuk butik di Jakarta, dikirim lewat kargo {200:lembar/tahun}
dudi s | Butik Endek Denpasar | 51.71 | h=menjual kain tenun dan endek Bali di butik Denpasar
dudi s | NTT Mart (toko online) | 53.71 | h=menjual tenun dan produk UMKM NTT ke seluruh Indonesia {100:produk}
dudi s | Kios UMKM Bandara El Tari | 53.71 | h=kios UMKM bandara untuk produk tenun dan kopi {30:produk}
dudi s | Bank Flobamora Sejahtera | 53.71 | d=KUR dan hibah CSR modal kelompok perajin tenun {Rp 200.000.000}
donor s | TJSL PT Semen Timor Raya | 53.01 | d=bantuan khusus desa ring 1 Kecamatan Kupang Tengah {Rp 500.000.000}
donor s | TJSL PT Energi Tenau (depot BBM) | 53.71 | d=bantuan pendidikan dan UMKM khusus kelurahan ring 1 Alak dan Namosain {Rp 300.000.000}
dudi s | Distributor Benang Tenun NTT | 53.71 | s=benang dan pewarna tenun harga grosir untuk kelompok penenun
dudi s | Hotel Sasando Kupang | 53.71 | s=ruang pertemuan gratis untuk kegiatan sosial {1} | h=rekrut housekeeping
dudi s | RS Kupang Sehat | 53.71 | h=rekrut perawat
dudi s | Klinik Pratama Kasih | 53.71 | p=penyuluhan kesehatan keluarga
dudi s | Percetakan Timor Grafika | 53.71 | s=cetak buku modul Paket A dengan harga khusus {200}
dudi s | PT Rumput Laut Rote | 53.14 | h=membeli rumput laut kering
donor m | BAZNAS Kota Kupang | 53.71 | d=zakat produktif usaha mikro mustahik {Rp 100.000.000}
donor m | Yayasan Tenun Lestari Nusantara | 31.74 | d=hibah modal untuk kelompok penenun perempuan di NTT {Rp 50.000.000} | p=pelatihan pewarna alam oleh fasilitator yang datang ke kelompok {20}
donor m | Yayasan Pendidikan Kasih Timor | 53.71 | d=hibah operasional kelas keaksaraan dan Paket A {Rp 15.000.000} | s=buku bacaan
donor m | Yayasan Bina Literasi NTT | 53.71 | t=relawan tutor keaksaraan {5} | s=donasi buku bacaan dan modul
donor m | Yayasan Literasi Indonesia | 31.74 | s=donasi buku Paket A dan B dikirim ke seluruh Indonesia {500}
ormas m | TP PKK Kota Kupang | 53.71 | t=kader PKK | h=bazar dan pameran tenun PKK {20:produk}
ormas m | Kelompok Penenun Ina Ikat Oesapa | 53.71 | p=berbagi teknik pewarna alam antar penenun {10} | h=berbagi kontak pembeli
ormas m | Karang Taruna Kelurahan Oesapa | 53.71 | t=relawan mahasiswa mengajar baca tulis {4} | p=pendataan warga buta aksara
ormas m | LSM Perempuan Flobamora | 53.71 | t=fasilitator | p=pendampingan usaha dan pemasaran kelompok perempuan {30}
ormas m | Sanggar Seni Timor | 53.71 | p=pentas budaya
tokoh_masyarakat m | Mama Yohana Lay (penenun senior) | 53.71 | t=melatih motif ikat | p=pelatihan pewarna alam tradisional {10}
tokoh_masyarakat m | Benyamin Tanesib (Ketua RT, Kelurahan Oesapa) | 53.71 | s=rumah dan teras warga untuk kelas belajar {1} | p=mengajak warga ikut kelas
tokoh_masyarakat m | Ibu Maria Fanggidae (pensiunan guru SD) | 53.71 | t=tutor Paket A secara sukarela {1}
pusat_karya m | Sentra Tenun Ikat Oebufu | 53.71 | p=magang menenun | h=membeli kain tenun dari kelompok untuk dijual di galeri {40:lembar/bulan}
pusat_karya m | Sentra Sasando Kupang | 53.71 | p=magang membuat sasando | h=menjual sasando ke wisatawan
pusat_karya m | Sentra Tenun Ikat Rote | 53.14 | p=magang tenun ikat Rote | h=membeli tenun Rote
pusat_karya m | Sentra Tenun Soe | 53.02 | p=pelatihan pewarna alam Timor {15}
perguruan_tinggi m | Universitas Timor Raya Kupang | 53.71 | t=mahasiswa PGSD sebagai tutor Paket A lewat KKN {15} | p=KKN tematik
perguruan_tinggi m | Politeknik Kreatif Kupang | 53.71 | p=pelatihan desain produk turunan tenun dan foto produk {20} | h=pemasaran digital produk binaan
koperasi m | Koperasi Wanita Tenun Flobamora | 53.71 | d=pinjaman modal anggota {Rp 30.000.000} | h=menampung tenun anggota
bumdes g | BUMDes Oelnasi | 53.01 | h=outlet tenun dan hasil desa di jalan Timor Raya {20:produk}
dudi s | Galeri Tenun Kupang Lama | 53.71 tidak | h=konsinyasi tenun ikat {30:produk}
pkbm m | PKBM Cahaya Alak | 53.71 tidak | t=tutor Paket A {2}
dudi s | Toko Tenun Mama Sarlota | 53.71 x | h=jual tenun
ormas m | Gereja Betel Oesapa | 53.71 x | s=ruang
dinas g | Dinas Pendidikan Kabupaten Timor Tengah Utara | 53.03 | t=tutor Paket A {3}
lkp m | LKP Tenun Songket Lombok | 52.71 | p=pelatihan tenun songket Lombok {15}
dinas g | Dinas Perpustakaan Kota Kupang | 53.71 | t=pustakawan | s=perpustakaan keliling dan ruang baca kelurahan {6}
dinas g | Kantor Kelurahan Oesapa | 53.71 | s=aula kelurahan untuk kelas Paket A sore hari {1}
"""))


# ---------------------------------------------------------------------------------------------
# Mechanical part: parse the lines, then write the three shapes.
# ---------------------------------------------------------------------------------------------
def parse_block(block: str, prefix: str) -> list[dict]:
    partners = []
    for line in block.strip().splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        fields = [f.strip() for f in line.split(" | ")]
        kind, sec = fields[0].split()
        loc = fields[2].split()
        p = {"partner_id": f"{prefix}-{len(partners) + 1:03d}", "name": fields[1],
             "kind": kind, "sector": SECTORS[sec], "code": loc[0],
             "inactive": "tidak" in loc[1:], "sparse": "x" in loc[1:],
             "offers": {}, "caps": {}, "units": {}}
        for f in fields[3:]:
            tag, _, text = f.partition("=")
            if tag in TAGS:
                m = re.search(r"\s*\{([^}]*)\}$", text)
                if m:
                    cap, _, unit = m.group(1).partition(":")
                    p["caps"][TAGS[tag]] = cap
                    p["units"][TAGS[tag]] = unit
                    text = text[: m.start()]
                p["offers"][TAGS[tag]] = text
            elif tag in ("v", "k", "y"):
                p[tag] = text
            else:
                raise ValueError(f"{prefix}: unknown tag {tag!r} in {line!r}")
        assert p["code"] in REGIONS, (prefix, line)
        partners.append(p)
    return partners


def offset(rng: random.Random, lat: float, lon: float) -> tuple[float, float]:
    r = 12.0 * math.sqrt(rng.random())
    t = rng.uniform(0, 2 * math.pi)
    dlat = r * math.cos(t) / 111.32
    dlon = r * math.sin(t) / (111.32 * math.cos(math.radians(lat)))
    return round(lat + dlat, 5), round(lon + dlon, 5)


def short_regency(name: str) -> str:
    if name.startswith("Kota Administrasi "):
        return name.removeprefix("Kota Administrasi ")
    return name.replace("Kabupaten ", "Kab. ")


def kapital_regency(rng: random.Random, code: str, name: str) -> str:
    variants = KAPITAL_VARIANTS.get(code, [])
    if variants and variants[0] == "!":
        return rng.choice(variants[1:])
    if name.startswith("Kota Administrasi "):
        standard = "KOTA ADM. " + name.removeprefix("Kota Administrasi ").upper()
    elif name.startswith("Kabupaten "):
        standard = "KAB. " + name.removeprefix("Kabupaten ").upper()
    else:
        standard = name.upper()
    if variants and rng.random() < 0.45:
        return rng.choice(variants)
    return standard


def rupiah_words(cap: str) -> str:
    if cap.isdigit():
        return "Rp " + f"{int(cap):,}".replace(",", ".")
    return cap


def build(base: str, prefix: str, block: str, rng: random.Random) -> list[dict]:
    rows = []
    for p in parse_block(block, prefix):
        code = p["code"]
        name, lat, lon = REGIONS[code]
        row = {c: "" for c in COLUMNS}
        row.update(partner_id=p["partner_id"], name=p["name"], sector=p["sector"], kind=p["kind"])
        plat, plon = offset(rng, lat, lon)
        missing_code = rng.random() < 0.10
        missing_point = rng.random() < 0.30
        if not p["sparse"]:
            row["province"] = PROVINCES[code[:2]]
            row["region_code"] = "" if missing_code else code
            if not missing_point:
                row["lat"], row["lon"] = f"{plat}", f"{plon}"
        row["regency"] = name
        for a in ASPECTS:
            row[f"offers_{a}"] = p["offers"].get(a, "")
            row[f"capacity_{a}"] = p["caps"].get(a, "")
        vision = p.get("v", rng.choice(VISIONS[p["kind"]]))
        seeks = p.get("k", rng.choice(SEEKS[p["kind"]]))
        if p["inactive"]:
            active = rng.choice(["tidak", "tidak", "Tidak", "TIDAK", "0"])
        else:
            active = rng.choice(["ya"] * 8 + ["Ya", "YA", "1", "true", ""])
        if "y" in p:
            years, done = p["y"].split("/")
        else:
            years, done = str(rng.randint(1, 30)), str(rng.randint(0, 15))
            if rng.random() < 0.12:
                years = ""
            if rng.random() < 0.12:
                done = ""
        if p["sparse"]:
            vision = seeks = years = done = ""
        row.update(vision=vision, seeks=seeks, active=active, years_active=years,
                   partnerships_completed=done)
        row["_units"] = p["units"]
        row["_code"] = code
        rows.append(row)
    return rows


def satu_kolom(rows: list[dict], header: str, rng: random.Random) -> tuple[list[str], list[list]]:
    head = ["No", "ID", "Nama Lembaga", "Sektor", "Jenis", "Provinsi", "Kabupaten/Kota",
            header, "Visi", "Mencari", "Aktif"]
    out = []
    for i, row in enumerate(rows, 1):
        pieces = []
        for a in ASPECTS:
            text = row[f"offers_{a}"]
            if not text:
                continue
            cap = row[f"capacity_{a}"]
            if cap and a == "dana":
                text += f", senilai {rupiah_words(cap)}"
            elif cap:
                text += f" ({cap} {row['_units'].get(a) or UNITS[a]})"
            pieces.append(text)
        rng.shuffle(pieces)
        active = row["active"]
        aktif = {"tidak": "Tidak", "0": "Tidak", "": ""}.get(active.lower(), "Ya")
        out.append([i, row["partner_id"], row["name"], row["sector"].capitalize(),
                    KIND_LABELS[row["kind"]], row["province"],
                    short_regency(row["regency"]), "; ".join(pieces), row["vision"],
                    row["seeks"], aktif])
    return head, out


def kapital(rows: list[dict], rng: random.Random) -> list[dict]:
    out = []
    for row in rows:
        new = {c: row[c] for c in COLUMNS}
        name = row["name"].upper()
        name = re.sub(r"^(PT|CV|UD)\s", r"\1. ", name)
        new["name"] = name
        if row["province"]:
            forms = KAPITAL_PROVINCES[row["_code"][:2]]
            new["province"] = forms[0] if rng.random() < 0.5 else rng.choice(forms)
        new["regency"] = kapital_regency(rng, row["_code"], row["regency"])
        new["region_code"] = new["lat"] = new["lon"] = ""
        new["active"] = row["active"].upper()
        out.append(new)
    return out


def write_csv(path: Path, header: list[str], rows: list[list]) -> None:
    with path.open("w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh, lineterminator="\n")
        w.writerow(header)
        w.writerows(rows)


def main() -> None:
    rng = random.Random(SEED)
    shapes = [["directory", "shape", "file"]]
    for base, prefix, header, block in DIRECTORIES:
        rows = build(base, prefix, block, rng)
        write_csv(HERE / f"{base}.csv", COLUMNS, [[r[c] for c in COLUMNS] for r in rows])
        head, one = satu_kolom(rows, header, rng)
        write_csv(HERE / f"{base}_satu_kolom.csv", head, one)
        kap = kapital(rows, rng)
        write_csv(HERE / f"{base}_kapital.csv", COLUMNS, [[r[c] for c in COLUMNS] for r in kap])
        shapes += [[base, "per_aspek", f"{base}.csv"],
                   [base, "satu_kolom", f"{base}_satu_kolom.csv"],
                   [base, "kapital", f"{base}_kapital.csv"]]
        print(f"{base}: {len(rows)} partners")
    write_csv(HERE / "shapes.csv", shapes[0], shapes[1:])


if __name__ == "__main__":
    main()
