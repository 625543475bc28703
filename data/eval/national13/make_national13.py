"""Write the thirteenth held-out national evaluation directories of mitramatch, in three shapes each.

Everything written here is fictional: the institutions, the people, their offers, capacities,
visions and track records. Government offices, BAZNAS, Baitul Mal, Bank daerah and PKK teams carry
the standard nomenclature of such bodies (for example "Dinas Koperasi dan UKM Kabupaten Pidie");
what they offer here is invented and says nothing about the real offices. Region codes, regency
names and representative coordinates are real, copied from shared/data/wilayah (github.com/cahyadsn/wilayah,
MIT licence, Copyright (c) Cahya DSN, and cahyadsn/wilayah_boundaries for the points).


The line format and the machinery are those of ../national5/make_national5.py (copied, new seed,
new regions, new directories). Every partner is one hand-written line in a directory block::
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

    python3 data/eval/national13/make_national13.py

The grades in judgements.csv were judged by reading the files this script writes; changing a
partner line or the seed invalidates them.
"""

from __future__ import annotations

import csv
import math
import random
import re
from pathlib import Path

SEED = 20_28_0623
HERE = Path(__file__).resolve().parent
ASPECTS = ("dana", "tenaga", "sarana", "program", "pendayagunaan_hasil")
TAGS = dict(zip("dtsph", ASPECTS))
COLUMNS = [
    "partner_id",
    "name",
    "sector",
    "kind",
    "province",
    "regency",
    "region_code",
    "lat",
    "lon",
    *[f"offers_{a}" for a in ASPECTS],
    *[f"capacity_{a}" for a in ASPECTS],
    "vision",
    "seeks",
    "active",
    "years_active",
    "partnerships_completed",
]
SECTORS = {"g": "pemerintah", "s": "swasta", "m": "masyarakat"}
UNITS = {
    "tenaga": "orang",
    "sarana": "unit",
    "program": "peserta",
    "pendayagunaan_hasil": "orang/tahun",
}

# Kemendagri code: (name, lat, lon) of the regency's representative point (shared/data/wilayah).
REGIONS = {
    "11.07": ("Kabupaten Pidie", 5.05356, 96.03343),
    "11.18": ("Kabupaten Pidie Jaya", 5.12474, 96.21333),
    "11.11": ("Kabupaten Bireuen", 5.09383, 96.60704),
    "11.06": ("Kabupaten Aceh Besar", 5.3801, 95.51517),
    "11.71": ("Kota Banda Aceh", 5.5587, 95.32771),
    "12.71": ("Kota Medan", 3.62904, 98.6672),
    "18.02": ("Kabupaten Lampung Tengah", -4.8563, 105.27208),
    "18.72": ("Kota Metro", -5.1173, 105.30796),
    "18.07": ("Kabupaten Lampung Timur", -5.13133, 105.64899),
    "18.12": ("Kabupaten Tulang Bawang Barat", -4.4257, 105.08744),
    "18.71": ("Kota Bandar Lampung", -5.4142, 105.26213),
    "18.10": ("Kabupaten Pringsewu", -5.33636, 104.93341),
    "16.71": ("Kota Palembang", -2.97172, 104.74132),
    "63.03": ("Kabupaten Banjar", -3.32049, 115.07991),
    "63.72": ("Kota Banjarbaru", -3.47477, 114.79118),
    "63.71": ("Kota Banjarmasin", -3.32912, 114.5918),
    "63.05": ("Kabupaten Tapin", -2.92162, 115.04513),
    "63.06": ("Kabupaten Hulu Sungai Selatan", -2.72922, 115.20551),
    "62.71": ("Kota Palangkaraya", -2.00746, 113.76747),
    "53.06": ("Kabupaten Flores Timur", -8.36513, 122.94448),
    "53.13": ("Kabupaten Lembata", -8.38117, 123.54082),
    "53.07": ("Kabupaten Sikka", -8.60934, 122.30665),
    "53.71": ("Kota Kupang", -10.20451, 123.60454),
    "52.71": ("Kota Mataram", -8.59015, 116.11096),
    "31.74": ("Kota Administrasi Jakarta Selatan", -6.2726, 106.81004),
}

# Province names as the canonical shape writes them (provinsi.csv; DKI as lists write it).
PROVINCES = {
    "11": "Aceh",
    "12": "Sumatera Utara",
    "16": "Sumatera Selatan",
    "18": "Lampung",
    "31": "DKI Jakarta",
    "52": "Nusa Tenggara Barat",
    "53": "Nusa Tenggara Timur",
    "62": "Kalimantan Tengah",
    "63": "Kalimantan Selatan",
}
# How official UPPER CASE lists write provinces: full name first, then the short forms people use.
KAPITAL_PROVINCES = {
    "11": ["ACEH", "PROV. ACEH", "NANGGROE ACEH DARUSSALAM", "NAD"],
    "12": ["SUMATERA UTARA", "SUMUT"],
    "16": ["SUMATERA SELATAN", "SUMSEL"],
    "18": ["LAMPUNG", "PROV. LAMPUNG", "PROVINSI LAMPUNG"],
    "31": ["DKI JAKARTA", "DKI"],
    "52": ["NUSA TENGGARA BARAT", "NTB"],
    "53": ["NUSA TENGGARA TIMUR", "NTT", "PROV. NTT", "PROVINSI NUSA TENGGARA TIMUR"],
    "62": ["KALIMANTAN TENGAH", "KALTENG"],
    "63": ["KALIMANTAN SELATAN", "KALSEL", "PROV. KALSEL", "PROVINSI KALIMANTAN SELATAN"],
}
# Older, shortened or misspelt regency names people still write (used by the kapital shape,
# alongside the standard KAB. X / KOTA X form). A leading "!" means: always use the variants.
KAPITAL_VARIANTS = {
    "11.07": ["!", "KAB. PIDIE", "PIDIE", "SIGLI", "KAB. PIDIE (SIGLI)", "PIDIE (KAB.)"],
    "11.18": ["PIDIE JAYA", "KAB. PIJAY", "KAB. PIDIE JAYA (MEUREUDU)"],
    "11.11": ["BIREUEN", "BIREUN"],
    "11.06": ["ACEH BESAR", "KAB. ACEH BESAR (JANTHO)"],
    "11.71": ["BANDA ACEH", "KOTA BANDA ACEH"],
    "12.71": ["MEDAN", "KOTA MEDAN"],
    "18.02": [
        "!",
        "KAB. LAMPUNG TENGAH",
        "LAMPUNG TENGAH",
        "LAMTENG",
        "KAB. LAMTENG",
        "LAMPUNG TENGAH (GUNUNG SUGIH)",
    ],
    "18.72": ["METRO", "KOTA METRO"],
    "18.07": ["LAMTIM", "LAMPUNG TIMUR"],
    "18.12": ["TUBABA", "TULANG BAWANG BARAT"],
    "18.71": ["BANDAR LAMPUNG", "BALAM", "TANJUNGKARANG"],
    "18.10": ["PRINGSEWU"],
    "16.71": ["PALEMBANG"],
    "63.03": [
        "!",
        "KAB. BANJAR",
        "BANJAR",
        "MARTAPURA",
        "KAB. BANJAR (MARTAPURA)",
        "KABUPATEN BANJAR - KALSEL",
    ],
    "63.72": ["BANJARBARU", "BANJAR BARU", "KOTA BANJARBARU"],
    "63.71": ["BANJARMASIN", "BJM"],
    "63.05": ["TAPIN", "KAB. TAPIN (RANTAU)"],
    "63.06": ["HULU SUNGAI SELATAN", "HSS (KANDANGAN)"],
    "62.71": ["PALANGKARAYA", "KOTA PALANGKA RAYA"],
    "53.06": [
        "!",
        "KAB. FLORES TIMUR",
        "FLORES TIMUR",
        "FLOTIM",
        "KAB. FLOTIM",
        "LARANTUKA",
        "FLORES TIMUR (LARANTUKA)",
    ],
    "53.13": ["LEMBATA", "LEWOLEBA"],
    "53.07": ["SIKKA", "MAUMERE", "KAB. SIKKA (MAUMERE)"],
    "53.71": ["KUPANG", "KOTA KUPANG"],
    "52.71": ["MATARAM"],
}

KIND_LABELS = {
    "dinas": "Dinas",
    "blk": "BLK",
    "lkp": "LKP/LPK",
    "pkbm": "PKBM",
    "skb": "SKB",
    "smk": "SMK",
    "dudi": "DUDI",
    "donor": "Donor",
    "ormas": "Ormas",
    "tokoh_masyarakat": "Tokoh Masyarakat",
    "pusat_karya": "Pusat Karya",
    "perguruan_tinggi": "Perguruan Tinggi",
    "koperasi": "Koperasi",
    "bumdes": "BUMDes",
}
# Default visions and seeks per kind, hand-written; a partner line may give its own.
VISIONS = {
    "dinas": [
        "meningkatkan kualitas pelayanan publik dan kesejahteraan masyarakat",
        "terwujudnya sumber daya manusia yang produktif dan berdaya saing",
        "pembangunan daerah yang inklusif melalui kolaborasi",
    ],
    "blk": [
        "tenaga kerja kompeten, produktif dan siap bersaing",
        "pelatihan vokasi yang sesuai kebutuhan industri",
    ],
    "lkp": [
        "membekali peserta dengan keterampilan praktis agar mandiri",
        "lulusan kompeten, siap kerja dan berwirausaha",
        "kursus bermutu dan terjangkau bagi semua kalangan",
    ],
    "pkbm": [
        "pendidikan sepanjang hayat untuk semua warga",
        "warga belajar yang terampil, mandiri dan berakhlak",
    ],
    "skb": ["layanan pendidikan nonformal yang bermutu dan merata"],
    "smk": [
        "lulusan SMK yang kompeten, berkarakter dan terserap industri",
        "SMK bisa, SMK hebat: siap kerja, santun dan mandiri",
    ],
    "dudi": [
        "tumbuh bersama masyarakat sekitar",
        "memberikan layanan terbaik bagi pelanggan",
        "usaha yang berkelanjutan dan bermanfaat bagi lingkungan",
    ],
    "donor": [
        "bersama membangun masyarakat yang mandiri dan sejahtera",
        "memberdayakan mustahik menjadi muzaki",
        "investasi sosial untuk pendidikan dan ekonomi warga",
    ],
    "ormas": [
        "masyarakat yang guyub, berdaya dan sejahtera",
        "pemberdayaan warga dari, oleh dan untuk warga",
    ],
    "tokoh_masyarakat": [
        "program yang bermanfaat untuk warga kampung",
        "anak muda desa punya keterampilan dan pekerjaan",
    ],
    "pusat_karya": [
        "melestarikan kerajinan daerah dan membuka lapangan kerja",
        "karya lokal naik kelas",
    ],
    "perguruan_tinggi": ["tridharma perguruan tinggi yang berdampak bagi masyarakat"],
    "koperasi": ["anggota sejahtera melalui usaha bersama"],
    "bumdes": ["desa mandiri melalui usaha milik desa"],
}
SEEKS = {
    "dinas": [
        "lembaga mitra pelaksana yang aktif dan tertib laporan",
        "data sasaran dan peserta yang siap dilatih",
    ],
    "blk": [
        "peserta pelatihan yang serius dan mitra penempatan kerja",
        "lembaga pengirim peserta dan data pencari kerja",
    ],
    "lkp": ["peserta kursus dan tempat magang untuk peserta", "kerja sama penyaluran lulusan"],
    "pkbm": ["mitra keterampilan untuk warga belajar", "tutor dan sarana praktik"],
    "skb": ["mitra penyelenggara kelas di desa"],
    "smk": ["tempat prakerin bagi siswa dan rekrutmen alumni", "guru tamu dari industri"],
    "dudi": [
        "tenaga kerja terampil siap pakai",
        "mitra pemasok dan pelanggan lokal",
        "program CSR yang tepat sasaran",
    ],
    "donor": [
        "lembaga lokal yang transparan sebagai mitra pelaksana",
        "penerima manfaat yang terdata dan laporan penggunaan dana",
    ],
    "ormas": ["pelatihan dan modal usaha bagi anggota", "pendamping dan jejaring pemasaran"],
    "tokoh_masyarakat": ["program nyata untuk warga", ""],
    "pusat_karya": ["perajin muda dan pembeli baru", "pemasaran produk ke luar daerah"],
    "perguruan_tinggi": ["lokasi KKN dan mitra penelitian", "desa binaan untuk pengabdian"],
    "koperasi": ["anggota baru dan mitra pemasaran"],
    "bumdes": ["mitra investasi dan pemasaran produk desa"],
}

DIRECTORIES = []  # (base name, id prefix, header of the one-column offer column, block)


# ---------------------------------------------------------------------------------------------
# 1. Aceh: Kabupaten Pidie (11.07)
# ---------------------------------------------------------------------------------------------
DIRECTORIES.append(
    (
        "partners_pidie",
        "PDE",
        "Bantuan/Fasilitas yang Tersedia",
        """
dinas g | Dinas Perindustrian, Perdagangan, Koperasi dan UKM Kabupaten Pidie | 11.07 | p=pelatihan kemasan, pendampingan PIRT dan sertifikasi halal MPU bagi IKM emping dan kue kering {40} | h=promosi produk IKM di galeri Disperindagkop dan Pekan Kebudayaan Aceh {30:produk}
dinas g | Dinas Tenaga Kerja dan Mobilitas Penduduk Kabupaten Pidie | 11.07 | p=pelatihan berbasis kompetensi bagi pencari kerja terdaftar: menjahit, bordir komputer, tata rias {32} | h=bursa kerja dan kartu AK/1 {150}
dinas g | Dinas Sosial Kabupaten Pidie | 11.07 | d=bantuan KUBE bagi keluarga miskin yang terdaftar di DTKS {Rp 20.000.000} | s=bantuan mesin jahit bagi penyandang disabilitas terdaftar {10}
dinas g | Dinas Pertanian dan Pangan Kabupaten Pidie | 11.07 | t=penyuluh pertanian lapangan {3} | s=bibit melinjo unggul dan kakao sambung samping bagi kelompok tani {2000:bibit}
dinas g | Dinas Pendidikan Kabupaten Pidie (Bidang Pendidikan Nonformal) | 11.07 | d=bantuan PKW dan PKK bagi LKP dan PKBM terakreditasi, diusulkan lewat Dapodik {Rp 40.000.000}
dinas g | Dinas Pariwisata dan Kebudayaan Kabupaten Pidie | 11.07 | h=stan UMKM dan kerajinan di Pekan Budaya Sigli dan Festival Kuliner Pidie, 3 hari per tahun {25:produk}
dinas g | Bappeda Kabupaten Pidie (Sekretariat Forum CSR) | 11.07 | d=menghubungkan kelompok usaha dengan perusahaan pemberi CSR di Pidie, tidak menyalurkan dana sendiri
blk g | UPTD Balai Latihan Kerja Kabupaten Pidie | 11.07 | t=instruktur menjahit dan bordir bersertifikat BNSP, bisa diperbantukan ke program instansi lain {2} | s=ruang jahit dengan 16 mesin jahit dan 4 mesin bordir komputer, dipinjamkan di luar jadwal pelatihan {20} | p=pelatihan menjahit pakaian 240 JP {16}
lkp m | LKP Bordir Aceh Meutuah Sigli | 11.07 | p=kursus bordir tas dan kerancang 3 bulan, alumni disalurkan ke usaha bordir milik lembaga {20} | h=membeli tas bordir hasil alumni kursus sendiri {40:tas/bulan}
lkp m | LPK Tata Rias Cut Meutia Sigli | 11.07 | t=instruktur tata rias pengantin Aceh {2} | p=kursus tata rias 2 bulan {12}
lkp m | LKP Menjahit Seulanga Beureunuen | 11.07 | t=instruktur menjahit dan bordir tas, bisa mengajar kelas di luar lembaga dengan honor sesuai SBU {2} | p=kursus menjahit dasar {15}
pkbm m | PKBM Meunasah Baro Padang Tiji | 11.07 | t=tutor keterampilan menjahit dasar {1} | p=Paket C dan kelas keterampilan menjahit bagi warga belajar {40}
skb g | SKB Kabupaten Pidie | 11.07 | s=ruang keterampilan dan 8 mesin jahit manual bisa dipakai kelompok masyarakat dengan surat permohonan {8} | p=kursus bordir untuk warga belajar kesetaraan {20}
smk m | SMK Negeri 1 Sigli (Tata Busana) | 11.07 | t=guru tata busana dan bordir bisa menjadi instruktur tamu {2} | s=lab busana dan mesin bordir bisa dipakai hari Sabtu {12} | p=siswa PKL yang mencari tempat prakerin {30}
smk m | SMK Negeri 2 Sigli (Agribisnis Pengolahan Hasil Pertanian) | 11.07 | t=guru produktif pengolahan hasil pertanian {2} | p=siswa PKL yang mencari tempat prakerin di industri pangan {20}
dudi s | UD Emping Melinjo Mulia Kembang Tanjong (pengepul) | 11.07 | h=membeli emping melinjo mentah dari perajin rumahan tiap pekan dengan harga Pasar Sigli {3:ton/bulan}
dudi s | Toko Oleh-oleh Khas Aceh Sigli Jaya | 11.07 | h=titip jual emping bumbu, keukarah, dodol dan tas bordir yang sudah berlabel halal dan PIRT {60:produk}
dudi s | CV Melinjo Mas Sigli (pabrik emping) | 11.07 | s=jual biji melinjo tua dan plastik kemasan ke perajin emping | h=memasarkan emping produksi sendiri ke Medan dan Banda Aceh {10:ton/bulan}
dudi s | Pedagang Pengumpul Melinjo Pasar Sigli | 11.07 | h=menjual biji melinjo tua ke perajin emping di Pidie dan Pidie Jaya {5:ton/bulan}
dudi s | Swalayan Pidie Mart Jalan Prof. A. Majid Ibrahim | 11.07 | h=konsinyasi produk UMKM yang berbarcode dan berlabel halal {40:produk}
dudi s | Rumah Makan Kuah Beulangong Simpang Tiga | 11.07 | h=membeli emping melinjo untuk pelengkap menu setiap minggu {50:kg/bulan}
dudi s | Toko Tas Bordir Aceh Kemala Beureunuen | 11.07 | h=membeli tas dan dompet bordir dari penjahit rumahan untuk dijual ke Banda Aceh {100:tas/bulan}
dudi s | Toko Mesin Jahit Sinar Sigli | 11.07 | s=jual dan servis mesin jahit dan mesin bordir, bisa cicilan 12 bulan
dudi s | Toko Benang dan Kain Bordir Pasar Sigli | 11.07 | s=jual benang emas, kain beludru dan bahan tas bordir, grosir untuk kelompok
dudi s | Konveksi Bordir Tgk Chik Ditiro Sigli | 11.07 | t=penjahit senior bisa melatih bordir tas 2 kali seminggu di tempat pelatihan {2} | h=memberi pekerjaan borongan bordir kepada ibu-ibu yang sudah terlatih {15}
donor s | CSR PT Semen Laweung Muara Tiga | 11.07 | d=bantuan modal usaha bagi gampong ring 1 Kecamatan Muara Tiga {Rp 250.000.000} | s=hibah peralatan usaha bagi kelompok perempuan ring 1 Kecamatan Muara Tiga dan Batee {20}
donor s | Bank Aceh Syariah Cabang Sigli | 11.07 | d=pembiayaan mikro iB akad murabahah untuk usaha perempuan, hingga Rp 50 jt {Rp 3 M}
donor m | Baitul Mal Kabupaten Pidie | 11.07 | d=zakat produktif senif fakir miskin berupa modal usaha, kelompok bisa mengajukan lewat keuchik {Rp 300.000.000}
donor m | Yayasan Inong Aceh Berdaya | 11.07 | t=pendamping dan pelatih bordir sukarela untuk perempuan kepala keluarga {3} | p=pendampingan kelompok perempuan {30}
donor m | LAZ Dompet Peduli Umat Pidie | 11.07 | d=qardhul hasan bagi pedagang kecil Pasar Beureunuen, maksimal 2 juta per orang {Rp 50.000.000}
koperasi m | Koperasi Syariah Perajin Emping Kembang Tanjong | 11.07 | d=pembiayaan modal khusus anggota koperasi {Rp 80.000.000} | h=menampung emping anggota untuk dikirim ke Medan {2:ton/bulan}
bumdes m | BUMG Gampong Tijue Makmur | 11.07 | h=kios BUMG di jalan nasional Banda Aceh-Medan menjual emping dan produk warga {30:produk}
ormas m | Dekranasda Kabupaten Pidie | 11.07 | p=kurasi dan pelatihan desain tas bordir motif Aceh {20} | h=galeri Dekranasda dan pameran Inacraft, membeli contoh produk kerajinan {30:produk}
ormas m | TP PKK Kabupaten Pidie | 11.07 | p=kader PKK penggerak gampong {40} | h=bazar PKK tiap bulan di Lapangan Kota Sigli {25:produk}
tokoh_masyarakat m | Nek Hasanah (perajin emping senior Kembang Tanjong) | 11.07 | t=mau mengajari cara membuat emping tipis dan rapi {1}
tokoh_masyarakat m | Ummi Raudhah (penyulam tas bordir Aceh) | 11.07 | t=bisa mengajar bordir tas Aceh motif pintu Aceh di meunasah, 2 kali seminggu {1}
tokoh_masyarakat m | Keuchik Gampong Blang Paseh | 11.07 | p=menggerakkan warga gampong untuk ikut pelatihan {30}
ormas m | Dayah Darul Huda Pidie | 11.07 | s=aula dayah bisa dipakai pelatihan ibu-ibu gampong {1} | h=dapur dayah membeli emping untuk 800 santri {40:kg/bulan}
perguruan_tinggi m | Universitas Jabal Ghafur Sigli (Fakultas Pertanian) | 11.07 | t=dosen pendamping pengolahan hasil pertanian {2} | p=pelatihan diversifikasi olahan melinjo, kemasan dan label {25}
pusat_karya m | Sentra Tas Bordir Aceh Gampong Garot | 11.07 | t=perajin bordir senior bersedia melatih di lokasi program {2} | h=membeli tas setengah jadi dari penjahit rumahan {80:tas/bulan}
dudi s | UD Emping Ratu Sigli | 11.07 tidak | h=membeli emping mentah dari perajin {2:ton/bulan}
lkp m | LKP Bordir Nyak Dhien Garot | 11.07 tidak | t=instruktur bordir tas Aceh {2}
dudi s | Toko Kelontong Pak Hasyim | 11.07 x | h=bisa titip
donor m | Yayasan Peduli Pidie | 11.07 x | d=bantuan
dudi s | Toko Oleh-oleh Aceh Meureudu | 11.18 | h=membeli emping dan kue adee dari perajin rumahan {100:kg/bulan}
lkp m | LKP Bordir Meureudu | 11.18 | t=instruktur bordir tas Aceh bersedia datang ke Sigli dengan ganti transport {1}
dudi s | UD Emping Samalanga | 11.11 | h=membeli emping melinjo dari Pidie untuk dijual ke Medan {2:ton/bulan}
dinas g | Dinas Pemberdayaan Perempuan dan Perlindungan Anak Aceh | 11.71 | d=bantuan usaha ekonomi produktif bagi perempuan kepala keluarga korban kekerasan, diusulkan kabupaten {Rp 100.000.000}
dinas g | Dinas Koperasi dan UKM Aceh | 11.71 | d=dana bergulir UPTD bagi koperasi dan UMKM se-Aceh, margin 3 % per tahun {Rp 1 M} | p=pelatihan kemasan dan izin edar pangan {40}
dudi s | Galeri Bordir Aceh Banda Aceh | 11.71 | h=membeli tas bordir dari perajin Pidie, dijemput ke Sigli tiap bulan {60:tas/bulan}
donor m | Baitul Mal Aceh | 11.71 | d=modal usaha bagi mustahik se-Aceh lewat seleksi, 5 juta per orang {Rp 500.000.000}
dudi s | Hotel Seulawah Banda Aceh | 11.71 | h=membeli emping dan kue khas untuk paket meeting {30:kg/bulan}
ormas m | Koperasi Perajin Tas Bordir Aceh Besar | 11.06 | t=pelatih bordir tas {2}
dudi s | Toko Oleh-oleh Aceh di Medan | 12.71 | h=membeli emping melinjo Pidie tiap bulan, dikirim ekspedisi {500:kg/bulan}
donor m | Yayasan Mesin Jahit untuk Perempuan (program nasional) | 31.74 | s=hibah mesin jahit dan mesin obras bagi program pemberdayaan perempuan kepala keluarga yang diusulkan dinas, seleksi proposal {50}
""",
    )
)


# ---------------------------------------------------------------------------------------------
# 2. Lampung: Kabupaten Lampung Tengah (18.02)
# ---------------------------------------------------------------------------------------------
DIRECTORIES.append(
    (
        "partners_lampung_tengah",
        "LTH",
        "Apa yang Bisa Disumbangkan",
        """
dinas g | Dinas Peternakan dan Kesehatan Hewan Kabupaten Lampung Tengah | 18.02 | t=dokter hewan dan paramedik veteriner bisa menjadi guru tamu di sekolah {2} | p=praktik kerja siswa di UPTD Pembibitan Sapi Potong dan Inseminasi Buatan {6}
dinas g | Dinas Tenaga Kerja dan Transmigrasi Kabupaten Lampung Tengah | 18.02 | p=pemagangan dalam negeri bagi pencari kerja terdaftar di pabrik gula dan tapioka {40} | h=bursa kerja dan AK/1 {200}
dinas g | Dinas Koperasi dan UKM Kabupaten Lampung Tengah | 18.02 | d=pinjaman dana bergulir bagi UMKM dan kelompok usaha terdaftar, jasa 3 % per tahun, hingga Rp 25 jt per kelompok {Rp 500.000.000} | p=pelatihan kemasan dan pemasaran digital {40}
dinas g | Dinas Perindustrian dan Perdagangan Kabupaten Lampung Tengah | 18.02 | h=fasilitasi pameran dan etalase IKM tapis di Gedung Sesat Agung Gunung Sugih {30:produk}
dinas g | Dinas Pendidikan dan Kebudayaan Kabupaten Lampung Tengah (Bidang PAUD dan PNF) | 18.02 | d=BOP kesetaraan dan bantuan PKW bagi PKBM terakreditasi, usulan lewat Dapodik {Rp 45.000.000}
dinas g | Dinas Sosial Kabupaten Lampung Tengah | 18.02 | d=bantuan KUBE untuk keluarga penerima PKH {Rp 20.000.000}
dinas g | Dinas Tanaman Pangan dan Hortikultura Kabupaten Lampung Tengah | 18.02 | s=bibit singkong unggul dan pupuk bersubsidi bagi kelompok tani terdaftar RDKK {5000:stek}
dinas g | Dinas Pariwisata Kabupaten Lampung Tengah | 18.02 | h=stan kerajinan di Festival Begawi Lamteng dan Lampung Tengah Expo, setahun sekali {20:produk}
blk g | UPTD Balai Latihan Kerja Lampung Tengah | 18.02 | t=instruktur las dan listrik {3} | p=pelatihan las SMAW dan otomotif sepeda motor {32}
dinas g | Puskeswan Terbanggi Besar | 18.02 | t=dokter hewan puskeswan {1} | p=PKL siswa di layanan kesehatan hewan dan IB keliling {4}
dudi s | PT Sapi Prima Terbanggi (feedlot penggemukan sapi) | 18.02 | p=menerima siswa prakerin SMK peternakan 3 bulan di kandang feedlot dan unit pakan {12} | h=rekrut lulusan SMK peternakan sebagai anak kandang dan mantri {10}
dudi s | CV Lembu Makmur Seputih Raman (penggemukan sapi rakyat) | 18.02 | p=prakerin siswa peternakan 2 bulan, makan siang disediakan {4}
dudi s | Rumah Potong Hewan Gunung Sugih | 18.02 | p=PKL siswa di bagian pemotongan dan pemeriksaan daging {3}
dudi s | PT Tebu Madu Terusan Nunyai (perkebunan dan pabrik gula) | 18.02 | d=CSR modal usaha bagi kampung ring 1 Kecamatan Terusan Nunyai {Rp 400.000.000} | p=magang siswa SMK teknik mesin dan agribisnis tanaman di pabrik gula {20} | h=rekrut tenaga musiman giling {100}
dudi s | PT Tapioka Sumber Singkong Bandar Jaya | 18.02 | s=jual onggok dan ampas tapioka untuk pakan sapi | h=membeli singkong segar dari petani {500:ton/bulan}
dudi s | Toko Pakan Ternak dan Obat Hewan Sinar Tani Bandar Jaya | 18.02 | t=mantri hewan toko melayani konsultasi peternak tanpa biaya {1} | s=jual konsentrat, mineral blok dan obat hewan
koperasi m | Koperasi Peternak Sapi Mandiri Seputih Mataram | 18.02 | p=kandang anggota koperasi bisa menerima siswa magang, dibimbing pengurus {10}
ormas m | Kelompok Ternak Sapi Makmur Kampung Rejo Asri (transmigrasi) | 18.02 | p=kandang kelompok boleh dipakai tempat praktik siswa {6}
donor s | Bank Lampung Cabang Gunung Sugih | 18.02 | d=KUR dan kredit usaha mikro hingga Rp 50 jt, agunan sertifikat {Rp 2 M}
donor m | BAZNAS Kabupaten Lampung Tengah | 18.02 | d=Lamteng Makmur: zakat produktif modal usaha bagi kelompok usaha mustahik {Rp 200.000.000}
donor m | LAZ Peduli Sesama Bandar Jaya | 18.02 | d=bantuan modal bagi pedagang sayur Pasar Bandar Jaya, paling banyak 2 jt per orang {Rp 40.000.000}
ormas m | Dekranasda Kabupaten Lampung Tengah | 18.02 | p=pelatihan pengembangan motif tapis {20} | h=galeri Dekranasda membeli dan memajang kain tapis perajin {30:lembar/tahun}
dudi s | Galeri Tapis Ratu Bandar Jaya | 18.02 | h=membeli kain tapis dan selendang tapis dari perajin rumahan {40:lembar/bulan}
dudi s | Toko Benang Emas dan Bahan Tapis Pasar Bandar Jaya | 18.02 | s=jual benang emas, benang sugi dan kain tenun dasar tapis, bisa bayar tempo
pusat_karya m | Sanggar Tapis Kampung Terbanggi Subing | 18.02 | t=penyulam tapis senior {2} | h=membeli hasil sulaman anggota binaan sanggar saja {20:lembar/bulan}
lkp m | LKP Siger Emas Gunung Sugih | 18.02 | p=kursus sulam tapis, lulusan disalurkan ke galeri mitra milik lembaga {20}
smk m | SMK Negeri 1 Gunung Sugih (Kriya Tekstil) | 18.02 | p=siswa PKL kriya tekstil mencari tempat praktik {20}
smk m | SMK PGRI Seputih Banyak (Agribisnis Ternak Ruminansia) | 18.02 | p=siswa prakerin peternakan mencari tempat magang di feedlot {30}
ormas m | TP PKK Kabupaten Lampung Tengah | 18.02 | h=bazar PKK bulanan di halaman Pemkab Gunung Sugih {20:produk}
tokoh_masyarakat m | Mbah Sarjono (peternak sapi senior, Kampung Restu Baru) | 18.02 | t=mau menjadi guru tamu tentang penggemukan sapi dan pakan fermentasi {1}
tokoh_masyarakat m | Ibu Hj. Zubaidah (penyulam tapis senior Gunung Sugih) | 18.02 | t=mengajarkan sulam tapis motif pucuk rebung {1}
bumdes m | BUMKam Sinar Harapan Kampung Bandar Agung | 18.02 | h=kios BUMKam menjual produk warga kampung {20:produk}
koperasi m | Koperasi Wanita Tapis Berseri | 18.02 | d=simpan pinjam anggota, angsuran mingguan {Rp 60.000.000}
dudi s | Pasar Hewan Gunung Sugih (pengelola) | 18.02 | h=tempat jual beli sapi dan kambing tiap Kamis
dudi s | PT Pakan Ternak Nusantara Bandar Jaya (pabrik pakan) | 18.02 | p=prakerin siswa SMK di bagian produksi pakan {6} | h=rekrut operator produksi {5}
dudi s | CV Unggas Jaya (peternakan ayam broiler) | 18.02 | p=PKL siswa peternakan unggas di kandang closed house {4}
dudi s | PT Sawit Lamteng Lestari | 18.02 | d=CSR bagi kampung ring 1 Kecamatan Bandar Mataram {Rp 150.000.000} | p=magang siswa SMK di kebun sawit {10}
pkbm m | PKBM Tunas Harapan Seputih Agung | 18.02 | p=Paket C dan kursus menjahit warga belajar {40}
dudi s | CV Sapi Bali Sentosa (feedlot) | 18.02 tidak | p=prakerin siswa peternakan {6}
dudi s | Galeri Tapis Putri Lampung Gunung Sugih | 18.02 tidak | h=membeli tapis dari perajin {30:lembar/bulan}
dudi s | Peternak Pak Wayan | 18.02 x | p=bisa terima anak PKL
dudi s | Toko Tapis Bu Mar | 18.02 x | h=titip
dudi s | Butik Tapis Modern Metro | 18.72 | h=membeli tapis untuk diolah menjadi tas dan baju {30:lembar/bulan}
perguruan_tinggi m | Universitas Muhammadiyah Metro (Prodi Peternakan) | 18.72 | t=dosen peternakan bersedia menjadi guru tamu di SMK mitra {2}
dudi s | PT Sapi Lampung Timur Sukadana (feedlot) | 18.07 | p=prakerin siswa peternakan 3 bulan, mess disediakan {10}
dudi s | Peternakan Kambing Etawa Tubaba | 18.12 | p=PKL siswa peternakan kambing perah {4}
perguruan_tinggi m | Politeknik Negeri Lampung (Jurusan Peternakan) | 18.71 | t=dosen peternakan guru tamu {2} | p=magang siswa SMK di unit ternak kampus 1 bulan {10}
dudi s | Pusat Oleh-oleh Lampung Bandar Lampung | 18.71 | h=membeli kain tapis, keripik pisang dan kopi dari perajin {50:lembar/bulan}
donor m | Yayasan Lestari Tapis Lampung | 18.71 | d=hibah bahan benang emas dan kain bagi kelompok perajin tapis perempuan di Provinsi Lampung, proposal {Rp 50.000.000}
lkp m | LKP Tapis Pringsewu | 18.10 | t=instruktur sulam tapis {2}
dudi s | Toko Songket dan Kain Tradisional Palembang | 16.71 | h=titip jual kain tradisional Sumatera {20:lembar/bulan}
dudi s | Program Magang Peternakan Nasional (kemitraan feedlot) | 31.74 | p=magang 6 bulan di feedlot mitra bagi siswa kelas XII SMK peternakan se-Indonesia, mess dan uang saku, seleksi daring {50}
dudi s | Toko Daring Wastra Nusantara Jakarta | 31.74 | h=membeli tapis Lampung Tengah tiap bulan, dikirim kurir {20:lembar/bulan}
donor m | Program Hibah Perajin Wastra Perempuan (seleksi nasional) | 31.74 | d=hibah bahan dan modal kerja bagi kelompok perajin wastra perempuan se-Indonesia, proposal daring {Rp 25.000.000}
""",
    )
)


# ---------------------------------------------------------------------------------------------
# 3. Kalimantan Selatan: Kabupaten Banjar (63.03)
# ---------------------------------------------------------------------------------------------
DIRECTORIES.append(
    (
        "partners_banjar",
        "BJR",
        "Catatan Kesanggupan",
        """
dinas g | Dinas Perindustrian dan Perdagangan Kabupaten Banjar | 63.03 | s=bantuan peralatan IKM (kompor, panci celup, bak pewarnaan) bagi kelompok perajin sasirangan binaan, lewat proposal {5:set} | h=Galeri IKM Martapura di Jalan A. Yani {30:produk}
dinas g | Dinas Tenaga Kerja dan Transmigrasi Kabupaten Banjar | 63.03 | p=pemagangan di perusahaan bagi pencari kerja: tambang batubara dan ritel {30} | h=bursa kerja dan AK/1 {150}
dinas g | Dinas Koperasi dan UKM Kabupaten Banjar | 63.03 | d=dana bergulir bagi UMKM dan kelompok usaha, jasa 3 % per tahun {Rp 300.000.000} | p=pelatihan pemasaran digital {30}
dinas g | Dinas Sosial Kabupaten Banjar | 63.03 | d=bantuan KUBE bagi keluarga miskin DTKS {Rp 20.000.000}
dinas g | Dinas Pariwisata Kabupaten Banjar | 63.03 | h=stan kerajinan sasirangan dan permata di Festival Intan Martapura dan dermaga Pasar Terapung Lok Baintan {20:produk}
dinas g | Dinas Perikanan Kabupaten Banjar | 63.03 | s=bantuan benih nila dan keramba bagi pembudidaya di Waduk Riam Kanan {20}
dinas g | UPT Pengembangan Industri Intan dan Permata Martapura (Disperindag Prov. Kalsel) | 63.03 | t=instruktur gosok intan bersertifikat {3} | s=mesin gosok intan bisa dipakai peserta lembaga kursus {10} | p=magang gosok berlian di unit produksi UPT {10}
ormas m | Paguyuban Pedagang Permata Cahaya Bumi Selamat | 63.03 | p=anggota menerima magang pemula di kios dan tempat gosok {15} | h=rekrut tukang gosok dan penjaga toko permata {10}
dudi s | Penggosokan Intan Kampung Keraton (usaha keluarga) | 63.03 | p=magang gosok intan 2 bulan bagi peserta kursus {4} | h=rekrut tukang gosok yang sudah mahir {2}
dudi s | Toko Permata Mutiara Martapura | 63.03 | h=membeli batu permata hasil gosokan tukang lepas {100:butir/bulan}
dudi s | UD Mesin Gosok Intan Martapura | 63.03 | s=jual mesin gosok batu dan mata gerinda intan, bisa kredit
lkp m | LPK Permata Banjar | 63.03 | p=kursus gosok batu permata, magang hanya untuk peserta sendiri di galeri lembaga {15}
dudi s | CV Intan Borneo (sortir dan perdagangan intan) | 63.03 | p=magang sortir intan dan desain perhiasan {5} | h=rekrut tenaga sortir {3}
dudi s | Toko Emas dan Perhiasan Sinar Martapura | 63.03 | p=magang tukang emas pembuat perhiasan {3}
dudi s | Toko Kain Sasirangan Ratu Martapura | 63.03 | h=membeli kain sasirangan putus dari perajin {60:lembar/bulan}
dudi s | Toko Bahan Pewarna dan Kain Mori Banjar | 63.03 | s=jual pewarna naptol, indigosol dan kain mori, bisa kredit untuk kelompok
dudi s | Toko Peralatan Dapur Martapura | 63.03 | s=jual kompor gas, panci besar dan ember plastik
donor s | CSR PT Tambang Batubara Banjar Raya | 63.03 | d=modal usaha bagi desa ring 1 Kecamatan Sungai Pinang dan Pengaron {Rp 300.000.000} | s=hibah peralatan usaha bagi kelompok perempuan di desa ring 1 Sungai Pinang dan Pengaron {10}
donor s | TJSL PT PLN (Persero) UP3 Martapura | 63.03 | s=bantuan peralatan produksi bagi kelompok perempuan perajin di Kabupaten Banjar, proposal {5:paket}
donor s | Bank Kalsel Cabang Martapura | 63.03 | d=KUR mikro hingga Rp 50 jt {Rp 2 M}
donor m | BAZNAS Kabupaten Banjar | 63.03 | d=zakat produktif modal usaha kelompok mustahik {Rp 200.000.000} | s=bantuan alat usaha (gerobak, kompor, mesin jahit) bagi mustahik perorangan {30}
ormas m | Pondok Pesantren Darussalam Martapura | 63.03 | p=santri ikut kursus keterampilan {40} | h=koperasi pondok membeli kain sasirangan untuk seragam hari Jumat guru dan santri {300:lembar/tahun}
ormas m | Dekranasda Kabupaten Banjar | 63.03 | p=pelatihan desain motif sasirangan {20} | h=galeri sasirangan dan permata di Martapura, kurasi untuk pameran {30:produk}
pusat_karya m | Sanggar Sasirangan Kampung Melayu Martapura | 63.03 | s=ruang pewarnaan bersama dan bak celup bisa dipakai kelompok lain sesuai jadwal {1} | h=membeli kain dari anggota sanggar {30:lembar/bulan}
lkp m | LKP Kain Banjar Lestari | 63.03 | s=alat pewarnaan untuk peserta kursus saja {1} | p=kursus sasirangan {15}
smk m | SMK Negeri 1 Martapura (Kriya Kreatif Batik dan Tekstil) | 63.03 | s=lab kriya tekstil dan alat celup bisa dipakai masyarakat hari Sabtu {1} | p=siswa PKL kriya mencari tempat praktik {25}
smk m | SMK Negeri 2 Martapura (Geologi Pertambangan) | 63.03 | p=siswa PKL mencari tempat praktik di tambang dan penggosokan {20}
tokoh_masyarakat m | Haji Anang (ahli gosok berlian senior, Kampung Keraton) | 63.03 | t=mau mengajar teknik faset berlian di lembaga kursus 2 kali seminggu {1}
tokoh_masyarakat m | Acil Masitah (perajin sasirangan senior) | 63.03 | t=mengajari teknik jelujur dan celup ikat {1}
koperasi m | Koperasi Perajin Sasirangan Martapura | 63.03 | d=pinjaman khusus anggota {Rp 60.000.000} | s=pinjam pakai bak celup dan jemuran milik koperasi, khusus anggota {4}
bumdes m | BUMDes Lok Baintan Sungai Tabuk | 63.03 | h=kios di dermaga Pasar Terapung Lok Baintan menjual kerajinan warga {20:produk}
dudi s | Hotel Intan Sari Martapura | 63.03 | h=membeli kain sasirangan untuk seragam staf dan suvenir tamu {40:lembar/tahun}
dudi s | Rumah Makan Soto Banjar Martapura | 63.03 | h=rekrut pelayan {2}
ormas m | Kelompok Pembudidaya Ikan Keramba Sungai Martapura | 63.03 | h=menjual ikan nila dan patin segar {2:ton/bulan}
koperasi m | Koperasi Karet Rakyat Astambul | 63.03 | d=simpan pinjam anggota petani karet {Rp 80.000.000}
ormas m | TP PKK Kabupaten Banjar | 63.03 | h=bazar PKK tiap bulan di Taman Kota Martapura {20:produk}
dudi s | Laboratorium Gemologi Martapura | 63.03 | t=gemolog bersertifikat mau menjadi instruktur tamu {1} | p=magang pengujian dan sertifikasi batu permata {3}
ormas m | Asosiasi Perajin dan Pedagang Intan Martapura | 63.03 | p=menghubungkan lembaga kursus dengan penggosokan anggota untuk magang {20} | h=informasi lowongan tukang gosok dari anggota
dudi s | Grosir Sasirangan Pasar Martapura | 63.03 | h=menjual kain sasirangan cetak (printing) dari Jawa ke pengecer {500:lembar/bulan}
dinas g | Dinas Pendidikan Kabupaten Banjar (Bidang PNF) | 63.03 | d=bantuan program Pendidikan Kecakapan Kerja bagi LKP terakreditasi, untuk pemuda putus sekolah {Rp 50.000.000}
dudi s | Penggosokan Intan Sungai Kacang | 63.03 tidak | p=magang gosok intan {4}
dudi s | Toko Sasirangan Amalia | 63.03 tidak | h=membeli kain sasirangan {40:lembar/bulan}
dudi s | Toko Batu Aji Pak Ulah | 63.03 x | h=beli batu
dudi s | Usaha Sasirangan Galuh | 63.03 x | s=alat
dudi s | Kelompok Pendulang Intan Cempaka | 63.72 | h=menjual intan mentah ke penggosok di Martapura
perguruan_tinggi m | Universitas Lambung Mangkurat (Prodi Geologi) | 63.72 | t=dosen mineralogi bisa mengajar identifikasi batu permata {2}
dinas g | Dinas Perindustrian Provinsi Kalimantan Selatan | 63.72 | s=hibah peralatan IKM sasirangan bagi kelompok perajin se-Kalsel, usulan lewat Disperindag kabupaten {20:set}
pusat_karya m | Kampung Sasirangan Sungai Jingah | 63.71 | h=membeli kain sasirangan setengah jadi dari perajin Martapura {100:lembar/bulan}
dudi s | Toko Perhiasan Mitra Banjarmasin | 63.71 | h=rekrut tukang gosok dan setting batu {3}
blk g | UPTD BLK Provinsi Kalimantan Selatan | 63.71 | t=instruktur menjahit {2} | p=pelatihan menjahit dan las {32}
dudi s | Toko Sasirangan Kandangan | 63.06 | h=titip jual kain sasirangan {20:lembar/bulan}
donor s | CSR PT Bijih Besi Tapin | 63.05 | d=modal usaha bagi desa ring 1 Kecamatan Tapin Tengah {Rp 100.000.000}
dudi s | Galeri Batu Kecubung Palangka Raya | 62.71 | p=magang gosok kecubung bagi peserta dari Kalsel, mess disediakan {4}
donor m | Program Hibah Peralatan Wastra (seleksi nasional) | 31.74 | s=hibah peralatan produksi wastra bagi kelompok perajin, seleksi proposal {30:paket}
dudi s | PT Berlian Nusantara Jakarta | 31.74 | p=magang di workshop berlian Jakarta 3 bulan bagi lulusan kursus gosok dari Martapura, mess dan uang saku {6} | h=rekrut penggosok dari Martapura {5}
""",
    )
)


# ---------------------------------------------------------------------------------------------
# 4. Nusa Tenggara Timur: Kabupaten Flores Timur (53.06)
# ---------------------------------------------------------------------------------------------
DIRECTORIES.append(
    (
        "partners_flores_timur",
        "FLT",
        "Keterangan Sumber Daya Mitra",
        """
dinas g | Dinas Kelautan dan Perikanan Kabupaten Flores Timur | 53.06 | t=penyuluh perikanan pendamping budidaya {3} | s=bantuan bibit rumput laut, tali ris dan pelampung bagi kelompok pembudidaya terdaftar KUSUKA, usulan lewat desa {40:paket}
dinas g | Dinas Perindustrian dan Perdagangan Kabupaten Flores Timur | 53.06 | p=pelatihan pewarna alam dan desain produk tenun {20} | h=galeri tenun di Larantuka dan fasilitasi pameran di Kupang dan Jakarta {30:produk}
dinas g | Dinas Koperasi dan UKM Kabupaten Flores Timur | 53.06 | d=dana bergulir bagi KUB dan koperasi, jasa 3 % per tahun, hingga Rp 50 jt per kelompok {Rp 400.000.000}
dinas g | Dinas Sosial Kabupaten Flores Timur | 53.06 | d=bantuan KUBE bagi keluarga miskin terdaftar DTKS {Rp 20.000.000}
dinas g | Dinas Pariwisata dan Kebudayaan Kabupaten Flores Timur | 53.06 | h=stan tenun ikat dan kuliner selama Semana Santa (Pekan Suci) di Larantuka {40:produk}
dinas g | Dinas Pertanian Kabupaten Flores Timur | 53.06 | s=bibit jambu mete dan alat pengupas mete bagi kelompok tani {20}
dinas g | Dinas Pemberdayaan Perempuan dan Perlindungan Anak Kabupaten Flores Timur | 53.06 | p=pelatihan kewirausahaan dan pemasaran daring bagi perempuan penenun {30}
blk g | UPTD Balai Latihan Kerja Flores Timur | 53.06 | p=pelatihan menjahit dan las {16}
dudi s | UD Rumput Laut Solor Jaya (pengepul) | 53.06 | h=membeli rumput laut kering dari pembudidaya Solor dan Adonara, timbang di Menanga {5:ton/bulan}
dudi s | Toko Tali dan Pelampung Sinar Larantuka | 53.06 | s=jual tali ris, tali PE dan pelampung botol, bisa kredit bagi kelompok
dudi s | Kebun Bibit Rumput Laut Kelompok Lamakera | 53.06 | s=jual bibit rumput laut cottonii Rp 5.000 per kg {2:ton}
donor s | TJSL PLTD Larantuka | 53.06 | d=bantuan modal usaha bagi kelompok ring 1 Kecamatan Larantuka (Waibalun, Lewolere, Mokantarak) {Rp 120.000.000}
donor s | TJSL Pelabuhan Larantuka | 53.06 | s=hibah perahu motor dan peralatan bagi kelompok nelayan dan pembudidaya di Pulau Adonara dan Pulau Solor {5}
donor s | Bank NTT Cabang Larantuka | 53.06 | d=KUR dan kredit Merdeka hingga Rp 50 jt tanpa agunan untuk UMKM {Rp 2 M}
koperasi m | Kopdit Lamaholot Sejahtera | 53.06 | d=pinjaman produktif khusus anggota, bunga 1,5 % per bulan {Rp 500.000.000}
donor m | PSE Keuskupan Larantuka | 53.06 | d=dana hibah ekonomi umat bagi kelompok usaha di paroki-paroki Keuskupan Larantuka, diusulkan lewat pastor paroki {Rp 100.000.000} | p=pendampingan kelompok usaha umat {20}
ormas m | Paroki Katedral Reinha Rosari Larantuka | 53.06 | h=toko paroki menjual suvenir dan kain tenun kepada peziarah Semana Santa {100:lembar/tahun}
dudi s | Toko Suvenir Reinha Larantuka | 53.06 | h=membeli putus kain tenun ikat Lamaholot, selendang dan sarung {30:lembar/bulan}
dudi s | Hotel Tanjung Bunga Larantuka | 53.06 | h=membeli selendang tenun untuk kalungan tamu dan suvenir {20:lembar/bulan}
dudi s | Toko Benang Tenun dan Pewarna Larantuka | 53.06 | s=jual benang katun, benang sutra dan pewarna, bisa kredit
pusat_karya m | Sanggar Tenun Ikat Lewotala | 53.06 | t=penenun senior {2} | h=membeli kain dari anggota sanggar saja {10:lembar/bulan}
lkp m | LKP Tenun Lamaholot Larantuka | 53.06 | p=kursus tenun ikat, lulusan menenun untuk galeri lembaga {15}
tokoh_masyarakat m | Mama Theresia (penenun ikat senior Waibalun) | 53.06 | t=mengajari motif Lamaholot dan pewarna alam {1}
tokoh_masyarakat m | Bapa Yosef (tuan tanah Solor Barat) | 53.06 | p=menggerakkan warga untuk ikut kelompok budidaya {30}
ormas m | Kelompok Nelayan Lamakera | 53.06 | h=menjual ikan segar dan ikan kering {1:ton/bulan}
dudi s | UD Mete Adonara | 53.06 | h=membeli gelondong mete dari petani {10:ton/bulan}
dudi s | Pengepul Hasil Bumi Waiwerang (Adonara) | 53.06 | h=membeli kopra, mete dan rumput laut kering {3:ton/bulan}
smk m | SMK Negeri 1 Larantuka (Agribisnis Perikanan) | 53.06 | t=guru budidaya perikanan {2} | s=lab dan para-para jemur sekolah bisa dipakai kelompok {1}
smk m | SMK Negeri 2 Larantuka (Tata Busana) | 53.06 | p=siswa PKL mencari tempat praktik {20}
donor m | Yayasan Sumber Daya Pesisir Flores | 53.06 | s=hibah bibit rumput laut dan tali bagi kelompok pembudidaya perempuan di Solor dan Adonara {15:paket}
donor m | BAZNAS Kabupaten Flores Timur | 53.06 | d=zakat produktif bagi mustahik muslim di Adonara, Solor dan Larantuka {Rp 150.000.000}
koperasi m | Koperasi Produsen Rumput Laut Solor | 53.06 | s=pinjam pakai para-para dan terpal khusus anggota {10} | h=membeli rumput laut anggota {2:ton/bulan}
ormas m | TP PKK Kabupaten Flores Timur | 53.06 | h=bazar PKK tiap bulan di Taman Kota Larantuka {20:produk}
ormas m | Dekranasda Kabupaten Flores Timur | 53.06 | p=pelatihan desain motif {20} | h=galeri dan pembelian kain tenun untuk cendera mata tamu daerah {50:lembar/tahun}
dudi s | Ekspedisi Kapal Larantuka-Kupang | 53.06 | s=angkutan kargo antarpulau
bumdes m | BUMDes Lamawai Solor Barat | 53.06 | s=gudang dan lantai jemur desa bisa dipakai kelompok pembudidaya warga desa {1} | h=membeli rumput laut warga desa {1:ton/bulan}
dudi s | Hotel Fortuna Larantuka | 53.06 | h=rekrut pelayan dan staf kebersihan {3}
dudi s | Reseller Tenun Flores Online | 53.06 | h=menjual tenun secara daring, bagi hasil 20 % {30:produk}
ormas m | Kelompok Pembudidaya Rumput Laut Ile Boleng | 53.06 | t=pembudidaya senior bisa berbagi pengalaman {2}
ormas m | Paroki Santo Yosef Ritaebang | 53.06 | s=aula dan halaman paroki bisa dipakai untuk menjemur dan menyimpan hasil {1}
dudi s | UD Rumput Laut Menanga | 53.06 tidak | h=membeli rumput laut kering {3:ton/bulan}
dudi s | Toko Tenun Ina Lamaholot | 53.06 tidak | h=membeli kain tenun {20:lembar/bulan}
dudi s | Pengepul Pak Usman | 53.06 x | h=beli rumput laut
donor m | Yayasan Kasih Flotim | 53.06 x | d=bantuan
dudi s | Pengepul Rumput Laut Lewoleba | 53.13 | h=membeli rumput laut kering {3:ton/bulan}
dudi s | CV Karaginan Flores Maumere | 53.07 | h=kontrak beli rumput laut kering kadar air 35 % dari kelompok di Flores Timur dan Sikka {20:ton/bulan}
dudi s | Toko Tenun Ikat Maumere | 53.07 | h=membeli kain tenun ikat dari penenun Sikka {30:lembar/bulan}
dudi s | Galeri Tenun NTT Kupang | 53.71 | h=membeli tenun ikat dari kabupaten se-NTT termasuk Flores Timur, dikirim kapal {50:lembar/bulan}
dinas g | Dinas Kelautan dan Perikanan Provinsi Nusa Tenggara Timur | 53.71 | s=bantuan sarana budidaya rumput laut bagi kelompok se-NTT lewat usulan kabupaten {100:paket}
dudi s | PT Rumput Laut Kupang (pabrik karaginan) | 53.71 | h=membeli rumput laut kering {30:ton/bulan}
perguruan_tinggi m | Universitas Nusa Cendana (Prodi Budidaya Perairan) | 53.71 | t=dosen budidaya rumput laut {2} | p=pelatihan pascapanen rumput laut {30}
dudi s | Pabrik ATC Rumput Laut Lombok | 52.71 | h=membeli rumput laut kering dari NTT, minimal 10 ton sekali kirim {100:ton/bulan}
donor m | Program Hibah Wastra Nusantara (seleksi nasional) | 31.74 | d=hibah modal kerja bagi kelompok penenun perempuan se-Indonesia {Rp 30.000.000}
dudi s | PT Eksportir Karaginan Indonesia | 31.74 | h=kontrak pembelian rumput laut kering dari kelompok di NTT lewat agen di Larantuka {50:ton/bulan}
""",
    )
)


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
        p = {
            "partner_id": f"{prefix}-{len(partners) + 1:03d}",
            "name": fields[1],
            "kind": kind,
            "sector": SECTORS[sec],
            "code": loc[0],
            "inactive": "tidak" in loc[1:],
            "sparse": "x" in loc[1:],
            "offers": {},
            "caps": {},
            "units": {},
        }
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
        row.update(
            vision=vision,
            seeks=seeks,
            active=active,
            years_active=years,
            partnerships_completed=done,
        )
        row["_units"] = p["units"]
        row["_code"] = code
        rows.append(row)
    return rows


def satu_kolom(rows: list[dict], header: str, rng: random.Random) -> tuple[list[str], list[list]]:
    head = [
        "No",
        "ID",
        "Nama Lembaga",
        "Sektor",
        "Jenis",
        "Provinsi",
        "Kabupaten/Kota",
        header,
        "Visi",
        "Mencari",
        "Aktif",
    ]
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
        out.append(
            [
                i,
                row["partner_id"],
                row["name"],
                row["sector"].capitalize(),
                KIND_LABELS[row["kind"]],
                row["province"],
                short_regency(row["regency"]),
                "; ".join(pieces),
                row["vision"],
                row["seeks"],
                aktif,
            ]
        )
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
        shapes += [
            [base, "per_aspek", f"{base}.csv"],
            [base, "satu_kolom", f"{base}_satu_kolom.csv"],
            [base, "kapital", f"{base}_kapital.csv"],
        ]
        print(f"{base}: {len(rows)} partners")
    write_csv(HERE / "shapes.csv", shapes[0], shapes[1:])


if __name__ == "__main__":
    main()
